"""Questions from people not yet seen, answered as asked: how sessions are held, an age asked in a doctor's
shorthand or in Spanish, and who 'you' is in a referral."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import Kind

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_do_you_see_people_in_person_asks_how_sessions_are_held(classifier: Classifier) -> None:
    u = read(classifier, "I've never done therapy before. Do you see people in person? I need a reason to go out.")
    assert Kind.MODALITY in u.request.kinds
    assert "in person at our office" in COMPOSER.compose(u).body


def test_a_pediatricians_accepting_13_yo_is_answered_with_our_ages_and_the_patient_is_them(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Pt: 13 y/o F, GAD, GAD-7 15, mild school avoidance. PHQ-A neg for SI. Accepting 13 y/o? Mom would prefer "
        "in-person.\n\nThanks,\nH. Lim, MD\nRose City Pediatrics",
    )
    body = COMPOSER.compose(u).body
    assert "13-year-old" in body
    assert "see you in person" not in body


def test_a_spanish_father_asking_for_his_13_year_old_hears_we_see_teens(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Les escribo porque mi hijo Santiago, de 13 años, está muy callado. ¿Ella podría ver a mi hijo en persona? "
        "Los sábados serían lo mejor.",
    )
    assert Kind.AGE in u.request.kinds
    assert "13 años" in COMPOSER.compose(u).body


def test_a_mother_asking_for_a_man_for_her_teenage_son_hears_both(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My son Andre is 15. I took him to his pediatrician on Tuesday and she recommended counseling. Do you see "
        "teenage boys? He'd probably do better with a man if possible. Thursdays after school are easiest.",
    )
    assert any(q.kind == Kind.THERAPIST and "male" in q.values for q in u.request.questions)
    body = COMPOSER.compose(u).body
    assert "15-year-old" in body and "Sam Okafor" in body
    assert "Tuesday" not in body and "[For staff" not in body


def test_a_widow_who_needs_it_to_be_in_the_office_hears_we_see_people_there(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I would like to ask whether you see older people. I don't use the computer for visits, so it would need "
        "to be in your office. Is there a dog in your office? I am allergic.",
    )
    assert any(q.kind == Kind.MODALITY and "in_person" in q.values for q in u.request.questions)
    body = COMPOSER.compose(u).body
    assert "in person at our office" in body and "dog" in body.split("\n")[0]


def test_monday_evenings_if_possible_is_a_day_asked_for(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Does your couples therapist work with affair recovery? We'd need Monday evenings if that's possible, "
        "after 6. We'll pay privately.",
    )
    assert "we see clients on Mondays" in COMPOSER.compose(u).body


def test_a_son_at_college_out_of_state_hears_we_can_see_him_only_in_oregon(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Our son Julien (18) just left for his first year at UCLA. Would your therapists be able to see him by "
        "video while he's in California? And he's still on our Kaiser plan, would that cover it?",
    )
    assert any(q.kind == Kind.LOCATION and "california" in q.values for q in u.request.questions)
    assert "licensed in Oregon only" in COMPOSER.compose(u).body


def test_a_subject_naming_the_father_makes_the_reply_about_him(classifier: Classifier) -> None:
    from triage.core.reading.whose import subject_for_someone

    assert subject_for_someone("Re: Therapy for my father", "Dad lives in Beaverton, so yes he's in Oregon.")
    assert not subject_for_someone("for my grandma", "I am 81 years old and afraid to leave the house.")
    assert not subject_for_someone("Question about my husband's insurance", "Do you take Aetna?")


def test_a_night_nurse_asking_for_late_mornings_hears_nothing_of_evenings(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I'm an RN, I work three nights a week (usually Thurs/Fri/Sat). Tuesdays or Wednesdays late morning would "
        "be best, after I've slept a bit. I have Aetna -- are you in network?",
    )
    assert "evening" not in COMPOSER.compose(u).body


def test_mornings_that_have_been_a_war_zone_ask_for_no_morning(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My wife's two kids moved in with us in August. School started last week and the mornings have been a war "
        "zone. Do you offer family therapy for something like this?",
    )
    assert Kind.TIME_OF_DAY not in u.request.kinds
    assert "Our hours are" not in COMPOSER.compose(u).body


def test_a_couple_who_both_work_weekdays_hears_only_of_saturdays(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My fiancée and I would like premarital counseling. We both work weekdays, so Saturday mornings would be "
        "our first choice.",
    )
    body = COMPOSER.compose(u).body
    assert "we see clients on Saturdays" in body and "Mondays" not in body


def test_out_of_network_says_what_a_session_costs_and_a_couple_hears_the_couples_fee_only(
    classifier: Classifier,
) -> None:
    u = read(classifier, "Do you take UnitedHealthcare? If not, how does out-of-network work?")
    assert "each session ($165) is paid for at the time" in COMPOSER.compose(u).body
    u = read(classifier, "We want to try couple therapy. Is possible on Saturday? How much it cost for one session?")
    body = COMPOSER.compose(u).body
    assert "$195" in body and "$165" not in body and "sliding scale" not in body


def test_days_told_of_in_passing_are_not_days_asked_for(classifier: Classifier) -> None:
    from triage.core.reading.days import read_when

    assert read_when("This Sunday is going to be my first Valentine's single in eight years.").wanted == ()
    assert read_when("My son suggested it on the phone on Sunday.").wanted == ()
    assert read_when("I cried in the cereal aisle on Tuesday.").wanted == ()
    assert read_when("Friday is my only day off.").wanted == ("friday",)
    assert read_when("If that's not doable, Saturday is my next best bet.").wanted == ("saturday",)
    assert read_when("Do you have a clinician trained in EMDR with openings on Mondays?").wanted == ("monday",)


def test_seven_or_later_hears_that_our_last_appointments_end_at_seven(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Realistically the only time I can do this is after bedtime. Do you have anything in the evenings, like 7 "
        "or later? And could it be over video?",
    )
    assert "our last appointments end at 7pm" in COMPOSER.compose(u).body


def test_someone_who_moved_here_from_sacramento_is_seen_here(classifier: Classifier) -> None:
    u = read(
        classifier,
        "In August we packed up the house in Sacramento and moved up here with the kids. Are you taking new clients?",
    )
    assert "licensed in Oregon only" not in COMPOSER.compose(u).body


def test_news_told_in_passing_gets_a_word_before_the_answers(classifier: Classifier) -> None:
    engaged = read(classifier, "Do you do premarital counseling? We're getting married Sept 18.")
    assert "Congratulations on your engagement!" in COMPOSER.compose(engaged).body
    accident = read(classifier, "I was rear-ended on I-84 two weeks ago and I can't stop replaying it. Do you do EMDR?")
    assert "sorry to hear about your accident" in COMPOSER.compose(accident).body
    doubts = read(classifier, "We're engaged but honestly I'm not sure we should get married. Can we do couples?")
    assert "Congratulations" not in COMPOSER.compose(doubts).body
    old_job = read(classifier, "My anxiety got much worse after I started a new job in August. Do you take Aetna?")
    assert "Congratulations" not in COMPOSER.compose(old_job).body


def test_a_condolence_names_whom_they_lost_and_a_diagnosis_names_the_illness(classifier: Classifier) -> None:
    widow = read(classifier, "My husband, Harold, died in April. I am 71. Do you see older adults? I have Medicare.")
    assert "I'm so sorry for the loss of your husband." in COMPOSER.compose(widow).body
    wife = read(classifier, "My wife was diagnosed with Parkinson's last spring and I'm struggling. Do you take Aetna?")
    assert "I'm so sorry to hear about your wife's Parkinson's." in COMPOSER.compose(wife).body
    friend = read(classifier, "My roommate's mom died last week and I don't know how to help her. Do you take Aetna?")
    assert "loss of your" not in COMPOSER.compose(friend).body
