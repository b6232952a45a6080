"""An existing client's own business, answered as asked: a session moved to the day they name, cancelled with the
new day they ask for, and nothing read into a trip or a school week that they did not ask."""

from __future__ import annotations

from importlib.resources import files

from triage.compose import Composer
from triage.config import load_config
from triage.core.classify import Classifier
from triage.core.request import Kind

from .test_reading import understand as read

COMPOSER = Composer(load_config(str(files("triage") / "config.example.toml")).practice)


def test_a_cancel_with_another_day_asked_for_is_a_move_to_that_day(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Dana, I need to cancel next Tuesday (the 15th). We're flying Caroline to Boston and I won't be back until "
        "late Wednesday. I'll need that session more than ever, so could we do Thursday the 17th instead?",
    )
    assert {Kind.CANCEL, Kind.RESCHEDULE} <= u.request.kinds
    body = COMPOSER.compose(u).body
    assert "I'll check what's open on Thursday and confirm your new time" in body
    assert "Tuesday, Wednesday" not in body


def test_a_sick_child_cancel_that_would_take_another_day_hears_both(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Eli threw up at 5am and my husband is in Denver until Thursday. I have to cancel my 2:00 today. "
        "If you have anything Thursday or Saturday I'd happily take it.",
    )
    assert {Kind.CANCEL, Kind.RESCHEDULE} <= u.request.kinds
    assert Kind.LOCATION not in u.request.kinds  # a trip with an end is not where anyone lives
    body = COMPOSER.compose(u).body
    assert "open on Thursday or Saturday" in body and "Colorado" not in body


def test_switching_to_another_day_is_a_move_to_that_day_only(classifier: Classifier) -> None:
    u = read(
        classifier,
        "I took the sub job, so I'm in a classroom every weekday until 3:45 and my Wednesday 11am is impossible "
        "now. Could I switch to Saturday mornings?",
    )
    assert Kind.RESCHEDULE in u.request.kinds
    body = COMPOSER.compose(u).body
    assert "open on Saturday" in body and "Monday" not in body


def test_getting_back_on_a_day_at_a_bare_hour_is_checked_at_that_hour(classifier: Classifier) -> None:
    u = read(classifier, "We're back from Maine! Can I get back on Thursdays at 6 starting next week?")
    assert Kind.RESCHEDULE in u.request.kinds
    assert "I'll check whether 6pm on Thursday is free" in COMPOSER.compose(u).body


def test_a_cancel_written_in_a_hurry_keeps_next_weeks_session_and_offers_no_booking(classifier: Classifier) -> None:
    u = read(classifier, "can u cancel thurs 4pm?? back to school night got moved. I'll be on for next week as usual")
    assert Kind.CANCEL in u.request.kinds
    body = COMPOSER.compose(u).body
    assert "I'll cancel" in body and "book your next session" not in body


def test_whether_the_office_is_open_today_is_for_staff_to_say(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Morning -- is the office open today? Broadway still had ice. If you're closed, could we do my 11:00 over "
        "video instead?",
    )
    assert Kind.URGENCY not in u.request.kinds and Kind.TIME_OF_DAY not in u.request.kinds
    body = COMPOSER.compose(u).body
    assert body.startswith("[For staff:") and "open today" in body.split("\n")[0]
    assert "book another session" not in body


def test_a_declined_card_and_what_they_owe_is_a_balance_not_a_session_fee(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My card was declined for Tuesday's session. Can you try it again? And if it still doesn't work, how much "
        "do I owe total so I can pay with my regular card?",
    )
    assert Kind.FEES not in u.request.kinds
    body = COMPOSER.compose(u).body
    assert "run the payment again" in body and "the total you owe" in body and "$165" not in body


def test_an_extra_session_next_week_is_booked_not_moved(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, would it be possible to add an extra session next week, on top of my usual Monday? "
        "Wednesday or Thursday would be ideal.",
    )
    assert Kind.RESCHEDULE not in u.request.kinds
    body = COMPOSER.compose(u).body
    assert "move your session" not in body and "open on Wednesday or Thursday next week" in body


def test_a_client_setting_up_couples_sessions_hears_who_and_what_it_costs(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, Jun said yes to couples counseling! Could we set up couples sessions with Sam while I keep my "
        "individual sessions with you? And what's the fee for the couples sessions?",
    )
    body = COMPOSER.compose(u).body
    assert "Sam Okafor" in body and "$195" in body and "I've noted it" not in body


def test_a_cancellation_policy_question_with_days_in_it_books_nothing(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Quick question on the cancellation policy -- if I cancel on Sunday night for a Monday 10am, does that "
        "count as a late cancel? I won't know until the weekend.",
    )
    body = COMPOSER.compose(u).body
    assert "24 hours" in body and "open on" not in body and "we see clients on" not in body


def test_a_spanish_parent_who_found_a_therapist_near_school_has_the_consult_cancelled(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hola Dana, muchas gracias por su ayuda. Al final encontramos una terapeuta que trabaja muy cerca de la "
        "escuela de mi hija. Por favor cancele la primera cita del jueves.\n\nSaludos,\nAlejandra",
    )
    assert not any(q.kind == Kind.THERAPIST for q in u.request.questions)  # "una terapeuta" found, not wished for
    body = COMPOSER.compose(u).body
    assert "Cancelo su consulta" in body and "terapeuta mujer" not in body


def test_a_pause_until_april_takes_them_off_the_schedule_without_a_booking_link(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Could you cancel my standing Wednesday sessions through the end of March? I'd like to pick back up in "
        "April once my schedule settles.",
    )
    body = COMPOSER.compose(u).body
    assert "cancel your standing Wednesday sessions, and we'll pick back up in April." in body
    assert "while you're away" not in body and "book your next session" not in body


def test_someone_releasing_the_time_we_held_hears_it_is_released(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Never mind, the district EAP set me up with someone over the long weekend. Go ahead and give the Monday "
        "spot to someone else. Thanks anyway.",
    )
    reply = COMPOSER.compose(u)
    assert reply.kind == "cancelled" and "release the time we were holding for you" in reply.body


def test_a_new_mother_cancelling_september_who_will_write_in_october_gets_no_booking_link(
    classifier: Classifier,
) -> None:
    u = read(
        classifier,
        "Hi Dana! Baby Nina arrived three weeks early on Saturday night. Could you cancel my sessions for the rest "
        "of September? I'll email in early October about getting back on the calendar.",
    )
    body = COMPOSER.compose(u).body
    assert "I'll cancel your sessions" in body and "book your next session" not in body
    assert "Congratulations on your new baby!" in body and "glad you reached out" not in body


def test_a_statement_question_is_about_the_bill_not_an_ending_or_an_apology(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi! I got a statement for $45 for my January 14 session. I thought Regence was covering my sessions after "
        "the deductible? Is this my copay, or did something go wrong with the claim? I haven't gotten anything from "
        "Regence about it.",
    )
    body = COMPOSER.compose(u).body
    assert "longer than usual" not in body and "welcome back" not in body


def test_a_client_adding_couples_after_our_last_session_is_not_ending_therapy(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Dana, so after our last session I finally talked to Faisal about couples counseling and he said yes! "
        "We'd like to start with Sam while I keep seeing you individually. How does that work, and what's the cost "
        "for the couples sessions? Is it the same as mine?",
    )
    body = COMPOSER.compose(u).body
    assert "all the work you've put in" not in body and "$195" in body


def test_a_client_who_moved_away_and_wants_records_gets_no_licence_rule(classifier: Classifier) -> None:
    u = read(
        classifier,
        "Hi Sam, as you know we moved up to Seattle in August for my wife's job. I've found a therapist here and "
        "she's asked for my records. What do I need to sign to make that happen?",
    )
    body = COMPOSER.compose(u).body
    assert "licensed in Oregon only" not in body and body.startswith("[For staff:")
    u = read(
        classifier,
        "Hi Dana, I'm moving to Camas (Washington side) in December. Can I keep seeing you by video after I move?",
    )
    assert "licensed in Oregon" in COMPOSER.compose(u).body


def test_moving_her_to_mondays_at_6_is_checked_at_6pm(classifier: Classifier) -> None:
    u = read(classifier, "Her Thursday 4:30 with you won't work anymore. Could we move her to Mondays at 6?")
    assert "6pm on Monday" in COMPOSER.compose(u).body


def test_a_card_not_yet_sent_is_not_thanked_for_and_a_new_hsa_card_needs_no_note(classifier: Classifier) -> None:
    from triage.core.reading.unanswered import _USE_THAT_CARD

    assert _USE_THAT_CARD.search("Can I just use that card going forward instead of my Visa?")
    u = read(
        classifier,
        "Hi Dana, my insurance changed from Aetna to UnitedHealthcare on Sept 1. Are you in network with United? "
        "I'll send a photo of the new card either way.",
    )
    assert "Thank you for sending your new insurance card" not in COMPOSER.compose(u).body


def test_a_couple_who_separated_and_cancel_their_booked_intake_hear_it_is_cancelled(classifier: Classifier) -> None:
    u = read(
        classifier,
        "My partner and I had booked a couples intake with Sam for this Saturday the 12th at 11. We've decided to "
        "separate, so we won't be starting couples counseling after all. Please cancel the appointment.",
    )
    reply = COMPOSER.compose(u)
    assert reply.kind == "cancelled" and "I'll cancel your intake appointment" in reply.body
