"""From the two hands written this session (the holidays; phones and long shifts): what each reply must get right that
it did not at first sight."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.crisis import crisis_in
from triage.core.reading.days import read_when
from triage.core.reading.sentences import sentences
from triage.core.request import Intent, Kind

from .test_reading import COMPOSER, draft
from .test_reading import understand as read


def test_asking_how_much_notice_to_cancel_cancels_nothing(classifier: Classifier) -> None:
    u = read(
        classifier,
        "How many hours before do I have to cancel to not get charged? I might get a load next week and won't know "
        "until the day before. Don't want to get hit with a fee for my Tuesday appt.",
    )
    kinds = {q.kind for q in u.request.questions}
    assert Kind.CANCEL not in kinds and Kind.CANCELLATION in kinds
    body = COMPOSER.compose(u).body
    assert "I'll cancel" not in body and "24 hours" in body


def test_asking_for_one_last_session_is_no_cancellation(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi Dana,\n\nBig news: I got the job in Seattle! I start January 10th. I've found someone on Capitol Hill. "
        "Could you send my records to her? I'll sign whatever release you need.\n\nCould we also have one last "
        "session the week of December 13? It feels right to end properly.\n\nJamal",
        sender="Jamal Reed <jamal@example.com>",
    )
    assert "cancel" not in body.lower()


def test_a_driver_who_asks_whether_he_must_be_in_oregon_hears_only_while_in_oregon(classifier: Classifier) -> None:
    u = read(
        classifier,
        "im a long haul driver, home base is Salem OR but im out mon thru thu most weeks, idaho utah nevada. can i do "
        "video from the truck when im parked for the night? or do i have to be in oregon for it.\n-Ray",
        sender="Ray <ray@example.com>",
    )
    body = COMPOSER.compose(u).body
    assert "so we can work with you there" not in body
    assert "only work with clients while they are physically in Oregon" in body
    assert "Yes, we see clients on Mondays" not in body


def test_a_roommate_behind_a_locked_door_means_call_911_now_first(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "My roommate hasn't left his room in four days since his girlfriend broke up with him. Tonight he texted me "
        "\"tell my mom I'm sorry\" and now he won't answer the door. I'm outside his room right now. What do I do?",
        sender="Jake <jake@example.com>",
    )
    first = body.split("\n\n")[1]
    assert "call 911 now" in first and "welfare check" in first
    assert "on his behalf" in body


def test_a_teen_who_cuts_and_mentions_her_mom_is_the_one_at_risk(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "i cut again last night and its deeper than before. i cant tell my mom she has enough going on with my "
        "grandpa being sick. can i talk to someone without her knowing?",
        sender="<kid1234@example.com>",
    )
    assert "on her behalf" not in body and "Your safety matters most" in body


def test_a_sister_threatened_by_an_armed_husband_gets_the_hotline_and_911_not_lock_it_away(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "I'm not sure who to ask. My sister's husband has been texting her that he's going to \"make her pay\" since "
        "she told him she wants a divorce, and he owns several guns. I'm scared for her. What should we do? Can she "
        "come to see one of you?",
        sender="Naomi Park <naomi@example.com>",
    )
    assert "1-800-799-7233" in body
    assert "If someone has a gun and she is in danger, call 911 now." in body
    assert "lock it away" not in body and "on her behalf" in body


def test_he_will_kill_me_if_i_leave_is_violence(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Please help me. My husband say he will kill me if I leave him. He take my passport. I am afraid.",
        sender="Farida <farida@example.com>",
    )
    assert "1-800-799-7233" in body


def test_a_referrals_5150_years_ago_with_no_si_since_is_no_crisis() -> None:
    text = (
        "I'm a psychiatric NP referring a 31-year-old patient with bipolar II, stable on lamotrigine for 18 months. "
        "History of a 5150 hold in 2022 while living in Sacramento; no SI since, and we have an up-to-date safety "
        "plan on file."
    )
    assert crisis_in(text) is None
    other = "Relevant history: one 5150 hold in 2024, stable since, no current SI, with a solid safety plan."
    assert crisis_in(other) is None
    assert crisis_in("Pt placed on a 5150 hold last night, SI with plan.") is not None, "a current hold stays one"


def test_the_rate_without_insurance_asks_no_insurer(classifier: Classifier) -> None:
    u = read(classifier, "Are any of your therapists people of color? Also what's your rate without insurance?")
    assert u.request.known.no_insurance
    assert "which insurance" not in COMPOSER.compose(u).body.lower()
    conditional = read(classifier, "Do you take Moda? If not, what does a session cost without insurance?")
    assert not conditional.request.known.no_insurance, "without insurance only if Moda is not taken"


def test_a_title_under_the_name_in_a_signature_is_no_name(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Buenos días,\n\nSoy promotora de salud. ¿Tienen terapeuta que hable español?\n\nAdriana López\nPromotora de "
        "Salud",
        sender="<centro@example.org>",
    )
    assert u.extraction.first_name == "Adriana"


def test_a_returning_client_who_asks_to_come_back_is_welcomed_not_pitched(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Hi, it's me again. The short break turned into almost three months. Things have been heavier since the "
        "holidays started.\n\nCan I come back? Same time on Wednesdays if it's still open?\n\nLauren",
        sender="Lauren Hill <lauren@example.com>",
    )
    assert "good to hear from you again" in body
    assert "good fit" not in body and "For staff" not in body


def test_burnout_which_the_practice_never_listed_goes_to_staff(classifier: Classifier) -> None:
    # sets 55 and 57 marked "as part of our work with anxiety" a claim the practice's list never makes
    body = draft(classifier, "I'm looking for help with burnout. Do you take Aetna?")
    assert body.startswith("[For staff: they ask about burnout.")
    assert "we work with burnout" not in body and "as part of our work with anxiety" not in body


def test_early_january_is_a_date_and_7_30_before_work_is_before_we_open(classifier: Classifier) -> None:
    assert read_when("She is moving back to Portland in early January.").times == ()
    body = draft(
        classifier, "Do you treat seasonal depression? And do you have anything early, like 7:30 or 8, before work?"
    )
    assert "we can't offer 7:30 or 8" in body


def test_a_time_written_a_m_does_not_end_the_sentence_and_bare_afternoon_hours_are_read() -> None:
    assert len(sentences("Whether any of your clinicians can see clients at 8:00 a.m., before court?")) == 1
    assert read_when("Could you see me at 8:00 a.m., before court?").times == ("morning",)
    assert read_when("Could I do video during nap time, roughly 1 to 3?").times == ("afternoon",)
    assert read_when("I can only do from 12-1 on weekdays").times == ("lunch",)
    assert read_when("I have a 3 and 5 year old, can I do video?").times == ()


def test_good_news_is_congratulated_not_consoled(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Had to tell you: I went to my parents' for Thanksgiving and actually said the thing we practiced when my dad "
        "started in on my job. He went quiet, then changed the subject. No blowup! I drove home feeling like a "
        "different person. See you Tuesday!\nP.",
    )
    assert "so hard" not in body
    job = draft(classifier, "GOT THE JOB!!! the charge nurse one we practiced for. Can we talk Monday? Same time? 5pm?")
    assert "Congratulations on the new job!" in job


def test_a_referral_is_read_as_one_when_the_history_is_denied(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm an LCSW in Sacramento. A client of mine (29F) is relocating to Portland in August. Relevant history: one "
        "5150 hold in 2024, stable since, no current SI, with a solid safety plan and good supports. Are you able to "
        "offer EMDR, ideally in person?\n\nNaomi Feld, LCSW",
    )
    assert u.request.intent != Intent.CRISIS


def test_a_teen_asking_whether_we_would_tell_her_parents_hears_the_confidentiality_answer(
    classifier: Classifier,
) -> None:
    body = draft(
        classifier,
        "hi im 15 and i want to start therapy but i dont want my parents to know everything i say. would you tell "
        "them? and do you even see people my age.\n\n- mia",
    )
    assert "What you share in therapy is confidential" in body and "For staff" not in body


def test_a_question_on_session_length_and_a_rate_without_insurance_are_answered(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Do either of your therapists share a faith background? And are appointments 50 minutes or a full hour?",
    )
    assert "Sessions are 50 minutes" in body


def test_an_attorney_who_is_not_seeking_court_ordered_work_is_not_refused_it(classifier: Classifier) -> None:
    u = read(
        classifier,
        "To be clear at the outset, I am not seeking a custody evaluation or any court-ordered service; my client "
        "would simply like individual therapy for herself. She is available on Tuesdays.",
    )
    assert not any("court-ordered" in q.values for q in u.request.questions)


def test_a_spanish_father_of_a_girl_of_12_is_told_kindly_where_to_go(classifier: Classifier) -> None:
    body = draft(
        classifier,
        "Buenas noches. Soy papá de una niña de 12 años, ella está muy ansiosa por la escuela y no duerme bien. ¿La "
        "pueden atender ustedes? ¿Cuánto cuesta la consulta?\nGracias\nHéctor",
        sender="Héctor Ruiz <hector@example.com>",
    )
    assert "Rose City" in body and "For staff" not in body


def test_a_question_taken_back_is_not_answered(classifier: Classifier) -> None:
    u = read(classifier, "Never mind the Saturday question, I found your hours on the website! But do you take Kaiser?")
    assert {q.kind for q in u.request.questions} == {Kind.INSURANCE}


def test_is_possible_lower_price_asks_for_the_sliding_scale(classifier: Classifier) -> None:
    body = draft(classifier, "Do you work with trauma? Is possible lower price, I work cleaning offices in night time.")
    assert "sliding scale" in body and "evening appointments" not in body
