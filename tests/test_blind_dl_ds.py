"""From the second and third rounds of hands written this session (a busy week, money, families, identity, older
adults): what each reply must get right that it did not at first sight. The wording is ours."""

from __future__ import annotations

from triage.core.classify import Classifier
from triage.core.reading.days import read_when
from triage.core.request import Intent, Kind

from .test_reading import COMPOSER
from .test_reading import understand as read


def _body(classifier: Classifier, text: str, **kw: str) -> str:
    return COMPOSER.compose(read(classifier, text, **kw)).body


def test_a_reply_goes_only_where_a_frightened_writer_asks(classifier: Classifier) -> None:
    text = (
        "Hola, mi esposo me volvió a pegar anoche y tengo miedo de volver a casa. No me llamen al celular, por favor "
        "escríbanme solo a este correo: rosa.trabajo.pdx@gmail.com"
    )
    u = read(classifier, text, sender="Rosa M <rosa.m88@hotmail.com>")
    assert u.extraction.contact_email == "rosa.trabajo.pdx@gmail.com"


def test_a_widower_with_letters_left_for_his_children_is_a_crisis(classifier: Classifier) -> None:
    text = (
        "My wife died in August. I have been putting the house in order and gave my fishing gear to the neighbor boy. "
        "I have written each of the children a letter and left them in the drawer where they will find them. Do you "
        "take Medicare."
    )
    assert read(classifier, text).request.intent == Intent.CRISIS


def test_a_pediatrician_saying_no_danger_in_spanish_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "Mi hijo de 15 años está muy triste y no quiere ir a la escuela. Su pediatra lo vio y dice que no corre "
        "peligro, pero que necesita hablar con alguien. ¿Atienden adolescentes? ¿Aceptan Kaiser?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_fear_of_asking_about_papers_is_not_a_crisis(classifier: Classifier) -> None:
    text = (
        "Quisiera saber si tienen terapeuta que hable español. Estoy muy cansada. Tengo miedo de preguntar esto, "
        "pero: ¿me van a pedir número de seguro social?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_where_a_parent_took_a_job_is_not_where_the_family_is(classifier: Classifier) -> None:
    text = (
        "My stepson, 14, came to live with us in September after his dad took a job in Denver. Do you offer family "
        "therapy where the three of us could come in together? Saturdays are best. We have Aetna."
    )
    assert "Colorado" not in _body(classifier, text, sender="Eve Marsh <eve@example.com>")


def test_the_time_they_wrote_is_not_the_time_they_want(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I emailed to cancel on Monday at 9:40am, more than a day before my 11:00am Tuesday session. Could "
        "you take the fee off? And can we find a makeup time that week? Thursday afternoon would be ideal."
    )
    body = _body(classifier, text, sender="Aug Lebeau <aug@example.com>")
    assert "9:40" not in body and "11:00am on Thursday" not in body


def test_saturdays_kept_for_shabbos_are_not_offered() -> None:
    when = read_when("I can't do Friday evenings or Saturdays (Shabbos). Is Sunday possible?")
    assert "saturday" in when.ruled_out and "saturday" not in when.wanted


def test_sat_on_a_bench_is_no_saturday() -> None:
    assert read_when("I got off the bus early and sat on a bench for an hour.").wanted == ()


def test_an_overnight_rota_is_not_the_days_wanted() -> None:
    assert read_when("I'm on a Sun-Wed overnight schedule, so Thursday or Saturday daytime is best.").wanted == (
        "thursday",
        "saturday",
    )


def test_two_sisters_together_are_no_couple(classifier: Classifier) -> None:
    text = (
        "My sister and I lost our father this year and every talk turns into a fight. Would one of your therapists "
        "see two adult sisters together, and what would it cost?"
    )
    u = read(classifier, text, sender="Mira Stone <mira@example.com>")
    assert Kind.COUPLES not in u.request.kinds
    assert "[For staff:" in COMPOSER.compose(u).body


def test_phone_sessions_for_someone_not_at_ease_with_computers_go_to_staff(classifier: Classifier) -> None:
    text = (
        "My father is 84 and doesn't use computers, and he can't drive anymore. Could he have his sessions by "
        "telephone? He has Medicare."
    )
    body = _body(classifier, text, sender="Ana Ruiz <ana@example.com>")
    assert "[For staff:" in body and "no problem at all" not in body


def test_a_question_asked_while_running_late_goes_to_staff(classifier: Classifier) -> None:
    text = (
        "Dana, running about 10 minutes late, stuck behind a bus. So sorry. Do I still get the full session or does "
        "it end at the usual time?"
    )
    assert "[For staff:" in _body(classifier, text, sender="Bram Veer <bram@example.com>")


def test_someone_who_will_not_use_their_insurance_is_not_asked_for_it(classifier: Classifier) -> None:
    text = (
        "I'm 19 and still on my parents' insurance, so I don't want to use it. Can I just pay myself? How much is a "
        "session?"
    )
    assert "which insurance company" not in _body(classifier, text, sender="Kim Park <kim@example.com>")


def test_a_client_asking_about_next_years_fee_is_answered_by_staff(classifier: Classifier) -> None:
    text = "Hi Dana, is your fee staying at $165 next year? My FSA election is due Friday."
    assert "[For staff:" in _body(classifier, text, sender="Pip Lowe <pip@example.com>")


def test_therapy_if_not_an_evaluation_keeps_the_logistics(classifier: Classifier) -> None:
    text = (
        "Do you do autism assessments for adults? If not, do you do therapy for late-identified autistic adults? "
        "Wednesday afternoons would be ideal. I have Aetna."
    )
    body = _body(classifier, text, sender="Sara Quinn <sara@example.com>")
    assert "Wednesdays" in body


def test_a_referrers_note_of_the_patients_email_is_not_where_the_reply_goes(classifier: Classifier) -> None:
    text = (
        "Referral from Dr. Osei's office: Pt Ana Ruiz, 31, 5 wks PP, EPDS 14, item 10 = 0. Prefers video. Ins: "
        "Regence BCBS. Pt's email ana.ruiz@gmail.com, ok to contact. Please let us know if you can take her.\n\n"
        "Maren Tull, RN"
    )
    u = read(classifier, text, sender="Maren Tull <mtull@pearlhealth.example>")
    assert u.extraction.contact_email == "mtull@pearlhealth.example"


def test_i_am_not_going_to_do_anything_stupid_lifts_a_wordless_model_alarm(classifier: Classifier) -> None:
    text = (
        "mom I think I need to see someone for real. the depression is back, I've called out of work three times "
        "and haven't done laundry in weeks. I'm not going to do anything stupid, I promise, I just can't do the "
        "calling part. someone who does video would be best"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_rather_die_than_ask_for_help_is_a_figure_of_speech(classifier: Classifier) -> None:
    text = "My brother says I'd rather die than ask for help, so here I am. Are you taking new clients? Mondays?"
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_son_not_in_any_kind_of_danger_by_his_own_answer_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "My 15-year-old says he doesn't see the point of making friends here. He is not in any kind of danger, I "
        "asked him straight out and he said no, he's just miserable. Do you see teens on Saturdays?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_client_switching_her_slot_to_the_office_is_told_the_office(classifier: Classifier) -> None:
    text = (
        "Hi Dana, I've been doing video since spring but I'd get more out of being in the room. Could we switch my "
        "Monday 2pm to in person starting next week?"
    )
    body = _body(classifier, text, sender="Quill Ash <quill@example.com>")
    assert "in person at the office" in body and "by secure video" not in body


def test_a_weekday_after_four_is_not_a_saturday_after_four(classifier: Classifier) -> None:
    text = (
        "Hi Dana, Anders has a tournament this Saturday so he'll miss his 11am. Could we move him to the following "
        "Saturday, or if that's full, any weekday after 4?"
    )
    body = _body(classifier, text, sender="Kirsten Aal <kirsten@example.com>")
    assert "Saturday after 4pm" not in body


def test_a_pause_through_december_stands_when_the_scale_is_for_january(classifier: Classifier) -> None:
    text = (
        "Hi Dana, my hours got cut so I need to pause for December. Could you cancel my Tuesdays through the end of "
        "the month? Is the sliding scale something I could ask about for January?"
    )
    body = _body(classifier, text, sender="Lach Mo <lach@example.com>")
    assert "hold off on cancelling" not in body


def test_couples_work_done_years_ago_is_not_asked_for_now(classifier: Classifier) -> None:
    text = (
        "Sam saw my husband and me for couples counseling back in 2020. He died in the spring. I'd like to see Sam "
        "on my own now for the grief, if he does individual work. Mornings are best."
    )
    assert "we see couples" not in _body(classifier, text, sender="Ada Moss <ada@example.com>")


def test_a_threat_to_someone_else_in_a_referral_asks_for_911_now(classifier: Classifier) -> None:
    text = (
        "I'm a case manager. My client came in agitated and told me his ex's new boyfriend \"won't see Christmas,\" "
        "that he knows where they live, and that he's getting a gun. Can someone see him today or call me back?\n\n"
        "Ramona Etxe, Case Manager\n503-555-0157"
    )
    body = _body(classifier, text, sender="Ramona Etxe <ramona@housing.example>")
    assert "call 911 now" in body


def test_a_safety_plan_kept_by_someone_stable_for_months_is_no_crisis(classifier: Classifier) -> None:
    text = (
        "I finished an intensive outpatient program in October. I'm in a much better place now: I've been stable for "
        "months and I have a safety plan that I actually use. I'm looking for weekly therapy. Do you take Aetna?"
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_daughter_lost_to_an_overdose_in_july_is_grief(classifier: Classifier) -> None:
    text = (
        "I am raising my grandson, who is 15. His mother passed away from an overdose in July. He won't talk about "
        "it. Do you see teenagers? We have OHP."
    )
    assert read(classifier, text).request.intent != Intent.CRISIS


def test_a_parent_cancelling_a_childs_first_session_gets_a_confirmation(classifier: Classifier) -> None:
    text = (
        "Hi Dana, Jonah has been doing better and has asked not to start therapy right now, so please cancel "
        "Wednesday the 2nd. If things change we'll be in touch."
    )
    body = _body(classifier, text, sender="Minna Lund <minna@example.com>")
    assert "cancel" in body


def test_a_reply_goes_to_the_sisters_address_she_asked_for(classifier: Classifier) -> None:
    text = (
        "Mi esposo me golpeó anoche. Por favor no me llamen al celular, él revisa mi teléfono. Pueden escribirme a "
        "este correo de mi hermana: lu.carrasco@yahoo.com"
    )
    u = read(classifier, text, sender="Yese C <yese91@gmail.com>")
    assert u.extraction.contact_email == "lu.carrasco@yahoo.com"


def test_a_family_coming_together_with_their_son_is_no_couple(classifier: Classifier) -> None:
    text = (
        "My son is 16 and plays computer games all night and misses school. Can the family come together, me and "
        "my husband too? We can come Saturday."
    )
    u = read(classifier, text, sender="Lan Vo <lan@example.com>")
    assert Kind.COUPLES not in u.request.kinds
    assert "[For staff:" in COMPOSER.compose(u).body


def test_her_own_pills_lined_up_are_her_risk_whoever_the_pills_belong_to(classifier: Classifier) -> None:
    text = (
        "dana i'm not going to make it to tuesday. i mean that more than one way. my husband took the kids and told "
        "me not to call. i have my whole bottle of sertraline and his sleeping pills lined up on the counter and i "
        "keep looking at them."
    )
    u = read(classifier, text, sender="Isa Quill <isa@example.com>")
    assert u.request.intent == Intent.CRISIS
    body = COMPOSER.compose(u).body
    assert "Your safety matters most" in body and "on his behalf" not in body


def test_a_time_they_cannot_make_is_not_the_time_they_want(classifier: Classifier) -> None:
    text = "Hi! Tuesday works, but 4pm is tough now because of swim practice. Is there any chance of 5:30 that day?"
    body = _body(classifier, text, sender="Fen Odu <fen@example.com>", subject="Re: first session")
    assert "whether 4pm" not in body


def test_a_client_cancelling_for_a_sick_child_hears_no_word_about_ages(classifier: Classifier) -> None:
    text = "Hi Sam, I need to cancel tomorrow's 5pm, my kid has a fever. Sorry for the short notice. Will I be charged?"
    body = _body(classifier, text, sender="Ben Ortiz <ben@example.com>")
    assert "age 13" not in body and "cancel" in body


def test_a_nurse_working_three_twelves_on_weekends_is_not_offered_saturday() -> None:
    when = read_when("I'm a nurse and work three 12s, usually Fri-Sun. Do you have Tuesday or Wednesday mornings?")
    assert when.wanted == ("tuesday", "wednesday") and "saturday" in when.ruled_out
