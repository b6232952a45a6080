"""Safety first: the crisis lexicon never misses a plain statement of risk, and knows an idiom from a threat."""

from __future__ import annotations

import pytest

from triage.core.classify import Classifier
from triage.core.crisis import clinical_risk, find_crisis
from triage.core.crisis_safety import neutralize_idioms, risk_in_past_only
from triage.core.request import Intent

from .test_reading import understand

CRISES = [
    "Most mornings on I-5 I think about just letting the wheel drift into the barrier. I haven't done it.",
    "honestly i don't know if i'll still be around by then.",
    "Everyone would be better off without me.",
    "I've been giving my things away this week.",
    "I have the pills saved up and I looked up how many it would take.",
    "My husband hit me again last night and I'm scared to go home.",
    "my daughter has been cutting, there are fresh cuts on her arms",
    "I keep thinking about killing myself",
    "I'm afraid I might hurt my baby",
    "I can't do this anymore.",
    "I don't really see the point of going on anymore. Do you have anything this week?",
    "I don't even want to be here.",
    "I gave my guitar and most of my books to my nephew last weekend since I won't need them.",
    'She said she "took more of her sleeping pills than she should have" about an hour ago.',
    "I've already written letters to my children and put my affairs in order; I'd like to talk to someone before then.",
    "whats the point. i have a plan for this weekend. not asking for anything, just wanted someone to know",
    "I need to cancel Thursday. I don't think I'll be needing sessions anymore. I've made my peace with things.",
    "Honestly I think everyone would be better off if I just wasn't around.",
    "If my ex shows up at my place one more time I'll kill him and I mean it, I've got the bat right by the door.",
    "Ya no quiero vivir.",
    "A veces pienso que mi familia estaría mejor sin mí.",
    "me estoy cortando otra vez",
    "Mi esposo me pegó anoche y tengo miedo de volver a casa.",
    "I'm safe for now but I keep thinking about ending it.",
    "I am doing better but some nights I want to die.",
    "I honestly don't think I'll be around by Christmas, so I guess sooner is better than later.",
    "I gave her my guitar and most of my records at Thanksgiving because I don't really need them anymore.",
]

NOT_CRISES = [
    "This commute is killing me, can we do Fridays?",
    "I'm dying to get in before the holidays!",
    "My anxiety is through the roof lately.",
    "I could just die of embarrassment, I double-booked myself.",
    "If you are having thoughts of suicide, call or text 988.",
    "My sister died by suicide last year. I'm safe and not suicidal, but the grief is heavy.",
    "I'm not suicidal, I just feel stuck.",
    "Me muero de ganas de empezar la terapia.",
    "It finally hit me that I need help.",
    "I won't need my winter coat since I won't need it in Arizona.",
    "I have a plan for this weekend, can we meet Monday instead?",
    "Honestly, what's the point of paying for parking downtown?",
    "Last week she said she wanted to kill me over the dishwasher thing, which was fair honestly.",
    "I'll kill him if he forgets our anniversary again, haha.",
    "I check the locks five times a night, convinced someone is going to break in and kill us.",
    "IN THIS ISSUE: CE events. Remind clients that if they are thinking about suicide they can call 988.",
    "QPR GATEKEEPER TRAINING. Warning signs covered: talking about wanting to die, giving away possessions.",
    "I attempted suicide when I was 19. It's been 15 years and I'm in a good place, I'm not in any danger.",
    "I'm ok, I'm not going to do anything, I just can't keep going to work like this.",
    "She means she's lonely and lost without him, not that she wants to hurt herself.",
]


@pytest.mark.parametrize("text", CRISES)
def test_plain_and_indirect_statements_of_risk_are_caught(text: str) -> None:
    hit = find_crisis(text)
    assert hit is not None
    assert hit.phrase.lower() in text.lower()


@pytest.mark.parametrize("text", NOT_CRISES)
def test_idioms_negations_and_boilerplate_are_not_crises(text: str) -> None:
    assert find_crisis(text) is None


def test_a_sure_model_does_not_overrule_someone_who_says_they_are_safe_and_rules_the_risk_out() -> None:
    from triage.core.crisis_safety import firmly_safe

    text = "My brother died by suicide in March. I'm safe and I'm not thinking about hurting myself, but I'm not okay."
    assert firmly_safe(text) and find_crisis(text) is None
    assert not firmly_safe("I'm safe for now but I keep thinking about ending it.")


def test_idioms_are_neutralised_before_the_model_sees_them() -> None:
    assert "killing" not in neutralize_idioms("this commute is killing me")
    assert "xidiom" in neutralize_idioms("me muero de ganas")
    assert "to die" not in neutralize_idioms("since grandpa died she keeps asking if I'm going to die too")


def test_the_pattern_prefilter_never_skips_a_pattern_that_matches() -> None:
    """Speed must not cost recall: every pattern that matches a text is among the prefilter's candidates."""
    from triage.core.crisis import _PATTERN_SET, PATTERNS
    from triage.learn.dataset import load_examples

    texts = [ex.text.lower() for ex in load_examples()]
    texts += ["i'm   so\n\tsuicidal", "self-harming again", "self harming", "ya  no\nquiero vivir"]
    for text in texts:
        candidates = set(_PATTERN_SET.candidates(text))
        for pattern in PATTERNS:
            if pattern.search(text):
                assert pattern in candidates, (pattern.pattern[:60], text[:80])


def test_the_clinical_shorthand_precheck_never_skips_a_text_the_pattern_matches() -> None:
    """The plain look for 'SI', 'overdose', 'safety'... before the clinical pattern must not cost recall."""
    from triage.core.crisis_clinical import _CLINICAL, _may_be_clinical
    from triage.learn.dataset import load_examples

    texts = [ex.text for ex in load_examples()]
    texts += ["Pt endorses +SI w/ plan", "s/p OD last wk", "active with plan", "5150 on 11/2", "NSSI hx", "OD'd on"]
    for text in texts:
        if _CLINICAL.search(text):
            assert _may_be_clinical(text), text[:80]


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("I'm not having any thoughts of hurting myself or the baby - my OB asked.", False),
        ("No thoughts of killing myself, just exhausted.", False),
        ("D/c from our IOP 10/20. No current SI/HI, safety plan in place, stable on sertraline.", False),
        ("I've been stable for over ten years, with a solid safety plan I haven't needed in a long time.", False),
        ("Reason for referral: panic disorder, GAD. Denies SI/HI. No hx of psychiatric hospitalization.", False),
        ("Pt: J.M., 34F. Dx: GAD. PHQ-9 14. Denies SI/HI. No hx psych hospitalization.", False),
        (
            "Please cancel Thursday. And the ones after that too, I won't be needing them. I took Ollie over to my "
            "neighbor's yesterday, she'll take better care of him than I can. Thank you for trying.",
            True,
        ),
        ("My sister is watching Ollie while I'm in Mexico, so please cancel Thursday.", False),
        (
            "My brother has the dog now, and I've put the paperwork in order, the accounts and so on, so nobody will "
            "have a mess to deal with. Do you take Aetna?",
            True,
        ),
        ("I finally put my tax paperwork in order for the accountant. Do you take Aetna?", False),
        ("Pt: R.T., 41M. s/p psych hospitalization last month, passive SI.", True),
        ("I'm not okay and having thoughts of hurting myself.", True),
        ("I never had thoughts of suicide until this month, now I think about killing myself every day.", True),
        (
            "The doctor did a screening, and she said there's no sign Signe is thinking about hurting herself.",
            False,
        ),
        (
            "She told me she did not think he was at risk of hurting himself, he has no plan or thoughts like that.",
            False,
        ),
        (
            "34 yo F, 6-day admission for SI with plan. Stabilized on unit; denies current SI/HI, future-oriented, "
            "safety plan completed with pt and sister.",
            False,
        ),
        ("34 yo F, admitted for SI with plan two days ago; still endorses passive SI.", True),
    ],
)
def test_a_denial_as_doctors_ask_it_is_not_a_crisis_but_its_neighbours_are(text: str, crisis: bool) -> None:
    from triage.core.crisis import clinical_risk, find_crisis

    assert (find_crisis(text) is not None or clinical_risk(text) is not None) is crisis


def test_risk_spoken_of_only_as_long_ago_needs_a_sure_model() -> None:
    assert risk_in_past_only(
        "Before I reach out properly: if I tell a therapist about stuff I did as a teenager (self-harm, over ten years "
        "ago), does that get reported anywhere?"
    )
    assert not risk_in_past_only("I self-harmed as a teenager. Lately I've been hurting myself again.")


@pytest.mark.parametrize(
    "text",
    [
        "is my appt still on for tmrw? if not it doesnt really matter. probably wont be around much longer anyway",
        'Operator notes caller said he was "done with all of it" and "has the pills lined up just in case."',
        "Please cancel all my upcoming appointments. I won't be needing them. I've taken care of everything, the cat "
        "is going to my neighbour and I've left a note for my brother.",
    ],
)
def test_risk_typed_on_a_phone_or_said_through_arrangements_is_caught(text: str) -> None:
    assert find_crisis(text) is not None


def test_no_recent_si_in_a_referral_is_a_denial() -> None:
    assert (
        clinical_risk("I manage meds for a 35 y/o veteran w/ combat PTSD, stable on sertraline, no recent SI.") is None
    )


def test_a_roommate_talking_about_ending_it_is_their_risk() -> None:
    hit = find_crisis('My roommate has been talking about "ending it" for about a week and gave me his guitar.')
    assert hit is not None and hit.about_another


def test_what_a_parent_found_in_a_childs_room_is_the_childs_risk_and_a_locked_door_is_now() -> None:
    from triage.core.crisis_care import acute_risk

    text = (
        "I found razor blades in my daughter's room tonight and her arms are covered in cuts. "
        "She's locked in the bathroom right now."
    )
    hit = find_crisis(text)
    assert hit is not None and hit.about_another and acute_risk(text)


def test_cuts_found_on_a_childs_arm_are_the_childs_risk() -> None:
    hit = find_crisis("Last night I found cuts on my daughter's upper arm. She's 15 and says it's not a big deal.")
    assert hit is not None and hit.about_another


def test_words_another_person_said_in_quotes_are_their_risk() -> None:
    hit = find_crisis(
        'My roommate hasn\'t left her room and tonight she said "nobody would even notice if I was gone."'
    )
    assert hit is not None and hit.about_another


@pytest.mark.parametrize(
    "text",
    [
        # an attempt six years ago, said with how stable they have been since
        "About six years ago I was hospitalized after a suicide attempt. I've been in a stable, good place for a "
        "long time now and haven't had those thoughts for years. Are you taking new clients?",
        # a wife who asked him straight out and heard no (hard-wrapped, as some mail programs send it)
        "Brian was medically retired from the Army and lost his job in January. He isn't sleeping and he's short\n"
        "with the kids. I asked him straight out if he's had any thoughts of hurting himself and he said no, and I\n"
        "believe him, he just feels useless.\n\nDo you take Tricare? I think he'd talk more easily to a man.",
        # a sentence wrapped across lines is read whole: "when I was\n19, ten years ago"
        "I want to be upfront about something so it doesn't come as a surprise later: I attempted suicide when I was\n"
        "19, ten years ago. I'm not in that place now and haven't been for a long time. I have a psychiatrist I\n"
        "trust. I'd like to get back into weekly therapy by video. I have Cigna, are you in network?",
        # running out of a prescription
        "I moved up from LA for a new job and haven't found a psychiatrist. I've got ten days of sertraline left. "
        "Can anyone at your practice prescribe, or at least bridge me until I find someone?",
        # "No current SI; safety plan on file": a denial, the plan its company
        "Student: 27yo F. Hx: childhood trauma. No current SI; safety plan on file. Ins: Aetna. Can you take her?",
    ],
)
def test_risk_denied_long_past_or_only_medicine_is_no_crisis(classifier: Classifier, text: str) -> None:
    assert understand(classifier, text).request.intent != Intent.CRISIS


def test_an_old_man_giving_his_things_away_who_will_not_trouble_anybody_much_longer_is_at_risk(
    classifier: Classifier,
) -> None:
    text = (
        "I am 81. My wife passed in March. The tools went to my grandson and the lawyer has everything. I don't "
        "expect I will need to trouble anybody much longer. But she asked, so: do you take Medicare."
    )
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_a_pet_given_away_and_thanks_for_trying_is_a_quiet_farewell(classifier: Classifier) -> None:
    text = "I'm so tired of everything. I gave my cat to my neighbor today. I just wanted to say thank you for trying."
    assert understand(classifier, text).request.intent == Intent.CRISIS


def test_a_dog_minded_on_a_trip_and_thanks_for_trying_to_fit_me_in_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I gave my dog to my sister for the week while I travel. Thanks for trying to find me a slot! Can we do Monday?"
    )
    assert understand(classifier, text).request.intent != Intent.CRISIS


def test_a_young_adult_asking_about_confidentiality_after_a_crisis_at_15_is_not_in_crisis(
    classifier: Classifier,
) -> None:
    text = (
        "I'm 19 and thinking about starting therapy, but I'm nervous. When I was 15 I told a school counselor I didn't "
        "want to be here anymore, and she called my parents. I'm honestly in a much better place now but it made me "
        "scared to be honest with anyone. How does confidentiality work with you?"
    )
    assert understand(classifier, text).request.intent != Intent.CRISIS


def test_a_wife_reporting_her_husband_saying_the_family_would_be_better_off_reports_his_risk() -> None:
    hit = find_crisis("Tonight he told me that the kids and I would be better off with the life insurance.")
    assert hit is not None and hit.about_another
    own = find_crisis("she told me I am a burden and everyone would be better off without me")
    assert own is not None and not own.about_another


def test_driving_a_car_off_a_bridge_is_risk_and_driving_into_the_garage_is_not() -> None:
    assert find_crisis("Some nights I think about driving my car off the bridge.") is not None
    assert find_crisis("I drove my car into the garage and cried") is None


@pytest.mark.parametrize(
    "text",
    [
        "Some background: I made a suicide attempt when I was 19 (I'm 34 now). I did a lot of work afterward and "
        "I've been stable for well over a decade, no thoughts of that kind, and I still keep a safety plan in my "
        "wallet out of habit. My wife told me she wants a divorce. Are you taking new clients?",
        "If I am having a really bad night, like a crisis, can I call or text the therapist after hours? Or what is "
        "your policy? To be clear I'm not in crisis now, I just had some very bad times in the past.",
    ],
)
def test_a_long_past_attempt_said_safely_or_a_policy_question_is_no_crisis(classifier: Classifier, text: str) -> None:
    assert "crisis" not in understand(classifier, text).classification.labels


def test_a_grandson_hitting_other_kids_after_his_mothers_overdose_last_year_is_no_crisis(
    classifier: Classifier,
) -> None:
    text = (
        "Hello I am writing about my grandson Caden who is 7. I have had him and his sister since their\nmother, my "
        "daughter, passed away from an overdose last year. Caden has been having a hard time at\nschool, hitting "
        "other kids and wetting the bed again. The school says he needs counseling.\n\nHe has the Oregon Health "
        "Plan. Do you take that, and do you see children his age?\n\nThank you,\nLoretta Pickens"
    )
    assert "crisis" not in understand(classifier, text).classification.labels


def test_a_spanish_writer_who_no_longer_wants_to_live_is_at_risk_herself_and_a_son_at_risk_is_named(
    classifier: Classifier,
) -> None:
    from importlib.resources import files

    from triage.compose import Composer
    from triage.config import load_config

    own = find_crisis("Mi mamá murió el 24 de diciembre. Siento que ya no quiero vivir, que sería mejor irme con ella.")
    assert own is not None and not own.about_another
    composer = Composer(load_config(str(files("triage") / "config.example.toml")).practice)
    son = understand(
        classifier,
        "Hola, les escribo porque mi hijo de 16 años me dijo anoche que quiere morirse. Encontré una cuerda "
        "escondida en el clóset. ¿Atienden a adolescentes?\n\nMaribel",
    )
    body = composer.compose(son).body
    assert "ayuda para su hijo" in body and "La seguridad de su hijo" in body


def test_going_to_sleep_together_and_not_waking_up_is_the_writers_risk_and_sleeping_late_is_not() -> None:
    hit = find_crisis("It would be kinder for both of us if we just went to sleep together and didn't wake up.")
    assert hit is not None and not hit.about_another
    assert find_crisis("I went to sleep and did not wake up until noon, lol") is None


def test_a_clinic_forwarding_a_patients_voicemail_at_risk_gets_an_urgent_call_line(classifier: Classifier) -> None:
    from importlib.resources import files

    from triage.compose import Composer
    from triage.config import load_config

    text = (
        "Hi Calm Harbor,\n\nForwarding a voicemail transcript our main line got this morning. It's from one of Dr. "
        "Patel's patients, Kayla. We think she called us by mistake.\n\nTasha Pruett\nFront Desk, Alberta Family "
        "Medicine\n\n---------- Forwarded message ---------\nFrom: Voicemail Service <vm-noreply@albertamed.example>"
        "\nSubject: New voicemail from (503) 555-0198 - 1 min 12 sec\n\nTranscript:\n\"Hi, this is Kayla, I'm calling "
        "about therapy. I'm not doing okay. I keep thinking everyone would honestly be better off if I just wasn't "
        'here anymore."'
    )
    u = understand(classifier, text, sender="Tasha Pruett <frontdesk@albertamed.example>", subject="FW: voicemail")
    assert u.request.intent == Intent.CRISIS and u.request.about_someone_else
    reply = Composer(load_config(str(files("triage") / "config.example.toml")).practice).compose(u)
    assert "call them now at (503) 555-0198" in reply.staff_note and "Your safety" not in reply.body


@pytest.mark.parametrize(
    "text",
    [
        "Admit 3/5 for passive SI w/o plan or intent. At discharge: denies SI/HI, future-oriented, safety plan "
        "completed. Clinical team assessed risk as low at d/c. Are you able to accept OHP?",
        "A junior, 16, has been having panic attacks during tests and has missed several class periods hiding in the "
        "bathroom. Is there a waitlist right now?",
    ],
)
def test_a_discharge_judged_low_risk_and_a_student_hiding_from_tests_are_no_crisis(text: str) -> None:
    assert find_crisis(text) is None and clinical_risk(text) is None


def test_a_mother_who_saw_cuts_on_her_daughter_hears_of_her_daughters_safety(classifier: Classifier) -> None:
    """'without knocking and saw cuts on her upper thigh': the negation ends at "and"; the risk is the daughter's."""
    from importlib.resources import files

    from triage.compose import Composer
    from triage.config import load_config

    u = understand(
        classifier,
        "Last night I walked into my daughter's room without knocking and saw cuts on her upper thigh. She is 16. "
        "I didn't sleep. Do you see teenagers who are self-harming? How soon could she be seen?",
    )
    assert u.request.intent == Intent.CRISIS and u.request.about_someone_else
    body = Composer(load_config(str(files("triage") / "config.example.toml")).practice).compose(u).body
    assert "Her safety matters most" in body and "Your safety" not in body
    assert find_crisis("I have not been cutting myself, and without fail I call my sponsor.") is None


def test_a_safety_plan_between_low_risk_and_no_current_si_is_a_referral_not_a_crisis() -> None:
    text = "Depression, family conflict over Thanksgiving; low risk, has a safety plan, no current SI."
    assert clinical_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my father said some really hurtful things at the table",
        "Trabajo en la construcción y con este calor llego muerto a la casa",
        "mine isn't a crisis or anything, it's just a lot of change at once",
        "now she's gone home and nobody is speaking to anybody",
        "my older brother is so annoying i want to kill him lol but that's not why",
        "I'd like to use it to wrap up rather than just disappear.",
    ],
)
def test_words_that_only_sound_like_risk_give_the_model_no_cue(text: str) -> None:
    from triage.core.crisis_safety import risk_cue

    assert not risk_cue(text)
