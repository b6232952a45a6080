"""From the two hands written this session (late winter into spring; helpers and third parties): what each reply must
get right that it did not at first sight."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.crisis import find_crisis
from triage.core.request import Intent, Kind

from .test_reading import COMPOSER, draft
from .test_reading import understand as read


def test_a_roommates_thank_you_all_for_everything_im_sorry_with_her_phone_off_is_a_crisis(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "I don't know who else to email. My roommate sent a group text an hour ago saying \"thank you all for "
        "everything, I'm sorry\" and now her phone is off and she isn't home. What do I do??",
        sender="Noah <noah@example.com>",
    )
    assert "call 911 now" in body.split("\n\n")[1] and "on her behalf" in body
    assert find_crisis("Thank you for everything, I'm sorry I have to stop our sessions.") is None


def test_a_probation_officers_client_just_going_to_end_it_is_a_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I supervise one of your clients, who signed a release. At his check-in today he told me that if his hearing "
        "goes badly he's \"just going to end it, I'm not going back in.\" Please call me at 503-555-0185.",
    )
    assert u.request.intent == Intent.CRISIS
    assert find_crisis("I'm going to end it with my boyfriend tonight") is None


def test_an_ex_who_will_kill_her_and_has_a_gun_is_her_danger(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My ex has been texting that he'll kill me if I don't let him see the kids this weekend. He has a gun. I'm "
        "staying at my sister's with the kids for now. I want counseling for me and my kids. How soon can we start?",
        sender="Kristen Vale <kristen@example.com>",
    )
    assert "on his behalf" not in body and "Your safety matters most" in body
    assert "1-800-799-7233" in body and "If someone has a gun and you are in danger, call 911 now." in body


def test_someone_who_already_called_911_is_not_told_to_call(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Dana, this is Jenna, Matt's wife. He left a note this morning - it says he's sorry and that the kids will be "
        "better off without him. He's not answering and his truck is gone. I already called 911. Please call me.",
        sender="Jenna Albright <jenna@example.com>",
    )
    assert "You did exactly the right thing in calling 911" in body and "please call 911 now" not in body


def test_a_referral_after_a_hold_speaks_to_the_professional(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hello,\n\nThis is Janelle Brooks, case manager with Cascade EAP. We have an employee (38M, Portland) who was "
        "placed on a hold over the weekend (5150 equivalent) after SI with a plan. He was discharged yesterday with a "
        "safety plan and needs an outpatient appointment within 72 hours.\n\nCan you accept him?\n\nJanelle Brooks, "
        "LCSW\nCare Coordinator, Cascade EAP",
        sender="Janelle Brooks <jbrooks@cascade-eap.example>",
    )
    assert "for the referral" in body and "Your safety matters most" not in body


def test_a_withdrawal_the_head_is_sure_of_is_no_crisis_without_a_word_of_risk(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Please disregard my email from last week. My daughter has decided she doesn't want to see anyone right now, "
        "and I don't want to force it. I'll reach out again if things change.\n\nThank you,\nKaren",
    )
    assert u.request.intent == Intent.WITHDRAWAL


def test_a_client_coming_out_the_other_side_and_ready_to_stop_is_no_crisis(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana,\n\nI've been thinking about what we talked about last week, and I think I'm ready to stop. This "
        "winter was the hardest of my life and I'm genuinely coming out the other side.\n\nCould we make March 4 our "
        "last session?\n\nOliver",
    )
    assert u.request.intent != Intent.CRISIS


def test_cant_make_myself_drive_cancels_nothing_and_a_male_counselor_is_asked_for(classifier: Classifier) -> None:
    u = read(classifier, "Do you offer EMDR? Since the crash I can't make myself drive on the freeway.")
    assert Kind.CANCEL not in {q.kind for q in u.request.questions}
    teen = read(classifier, "Also not sure he'll open up to a woman, is there a male counselor?")
    assert any(q.kind == Kind.THERAPIST and q.values == ("male",) for q in teen.request.questions)


def test_video_after_a_move_to_another_state_is_no(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nI got the job in Denver!! I start April 19.\n\nCould you send my records to whoever I end up "
        "seeing in Denver? And could we keep doing video sessions after I move, at least until I find someone there?",
    )
    assert "Congratulations on the new job!" in body
    assert "we can't see you in Colorado" in body and "by secure video instead" not in body


def test_taking_an_offered_wednesday_is_confirmed(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Wed at 6 please! Thanks so much.\n\nOn Tue, Feb 9, 2027, Calm Harbor Therapy <hello@calmharbor.example> "
        "wrote:\n> Hi Hannah,\n>\n> No problem at all. We can move you to Wednesday at 6:00pm or Saturday at 11:00am. "
        "Just let us know which you'd prefer.\n>\n> Calm Harbor Therapy",
        sender="Hannah Sondergaard <hannah@example.com>",
        subject="Re: Rescheduling Thursday",
        extra="In-Reply-To: <offer1@calmharbor.example>\r\n",
    )
    body = COMPOSER.compose(u).body
    assert "I'll confirm your appointment" in body and "book" not in body


def test_a_superbill_for_an_hsa_is_no_question_about_paying_with_the_card(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi! Could you send me a superbill (or just receipts) for all my 2026 sessions? My tax preparer wants them, "
        "and I'd like to submit a few to my HSA. Thank you!",
    )
    assert "pay with" not in body


def test_a_referrers_own_licence_is_not_where_the_client_lives(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Dear colleague,\n\nI'm writing about a 27 y/o female client who has since moved to Portland to live with her "
        "sister. I can't continue seeing her since I'm licensed only in California.\n\nAre you in network with "
        "Kaiser?\n\nKaren Sato, PsyD",
    )
    assert "California" not in body


def test_a_medicare_advantage_plan_is_checked_by_staff_not_said_in_network(classifier: Classifier) -> None:
    body = draft(classifier, "My mother is 78. She has Kaiser (Senior Advantage). Could she see someone in person?")
    assert "Medicare Advantage plan through Kaiser Permanente" in body
    assert "Yes, we are in network with Kaiser" not in body


def test_getting_back_into_therapy_is_no_return_to_us(classifier: Classifier) -> None:
    body = draft(classifier, "Hey - I'm looking to get back into therapy. Does someone there do EMDR, over video?")
    assert "good to hear from you again" not in body


def test_one_weekday_asked_by_name_hears_no_when_we_do_not_offer_it(classifier: Classifier) -> None:
    body = draft(
        classifier, "Do you have any Friday openings? I work four 10s Mon-Thu so Friday is my only weekday off."
    )
    assert "We don't currently see clients on Fridays" in body


def test_she_would_feel_most_comfortable_with_a_woman_is_her_own_wish(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "In February I lost a pregnancy. My husband is grieving too, but differently. I think I'd feel most "
        "comfortable with a woman therapist. Is there a waitlist right now?",
        sender="Emily Park <emily@example.com>",
    )
    assert "Since you'd prefer to work with a woman" in body
