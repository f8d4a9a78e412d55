"""Actor continuity in an article: a generic agent takes the one armed group the article names."""

from __future__ import annotations

import pytest

from sitrep.actors.roles import assign_actors, two_sided_clash

from conftest import build_doc


def actor1_of_last(*sentences: str, etype: str, sub: str, country: str) -> tuple[str, str]:
    doc = build_doc(*sentences)
    last = doc.sentences[-1]
    a1, _, why = assign_actors(doc, [(last.start, last.end)], etype, sub, country)
    return a1.name, why


@pytest.mark.parametrize(
    "sentences, etype, sub, country, want",
    [
        (
            ("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday.", "The militants killed nine guests."),
            "Violence against civilians", "Attack", "Somalia", "Al Shabaab",
        ),
        (
            ("JNIM has expanded its operations in central Mali.", "Insurgents ambushed a convoy near Boni on Sunday."),
            "Battles", "Armed clash", "Mali", "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            ("The Islamic State has claimed several ambushes in Borno.", "Militants killed 12 farmers near Gwoza."),
            # the Islamic State in Nigeria is ACLED's West Africa Province (branches.tsv, session 18)
            "Violence against civilians", "Attack", "Nigeria", "Islamic State West Africa Province",
        ),
        (
            ("M23 rebels advanced towards Goma.", "The fighters shelled a camp at Sake, killing four."),
            "Explosions/Remote violence", "Shelling/artillery/missile attack", "Democratic Republic of Congo",
            "M23: March 23 Movement",
        ),
        (  # "the group" / "they" as the subject of the act
            ("Al-Shabaab fighters attacked a base near Kismayo.", "Over the weekend the group also seized Jilib."),
            "Battles", "Non-state actor overtakes territory", "Somalia", "Al Shabaab",
        ),
        (
            ("M23 rebels advanced towards Goma.", "On Sunday they shelled a camp at Sake, killing four."),
            "Explosions/Remote violence", "Shelling/artillery/missile attack", "Democratic Republic of Congo",
            "M23: March 23 Movement",
        ),
    ],
)
def test_a_generic_agent_takes_the_one_named_armed_group(sentences, etype, sub, country, want):
    got, why = actor1_of_last(*sentences, etype=etype, sub=sub, country=country)
    assert got == want, why
    assert "refers back" in why


def test_no_named_group_leaves_militants_unidentified():
    got, _ = actor1_of_last(
        "Violence has surged in Burkina Faso this year.",
        "Militants killed 15 villagers near Djibo on Tuesday.",
        etype="Violence against civilians", sub="Attack", country="Burkina Faso",
    )
    assert got == "Unidentified Armed Group (Burkina Faso)"


def test_two_named_groups_leave_a_bare_generic_unresolved():
    got, _ = actor1_of_last(
        "JNIM and the Islamic State Sahel Province have fought each other near Menaka.",
        "Militants killed 20 herders near Tessit on Monday.",
        etype="Violence against civilians", sub="Attack", country="Mali",
    )
    assert got == "Unidentified Armed Group (Mali)"


def test_two_named_parties_clashing_are_the_two_sides():
    doc = build_doc("Supporters of the APC and the PDP clashed in Port Harcourt, leaving two dead.")
    sides = two_sided_clash(doc, [(0, len(doc.article.text))], "Nigeria")
    assert sides is not None
    assert [a.name for a in sides] == ["APC: All Progressives Congress", "PDP: People's Democratic Party"]


def test_no_clash_wording_no_two_sides():
    doc = build_doc("Supporters of the APC attacked a PDP office in Ibadan.")
    assert two_sided_clash(doc, [(0, len(doc.article.text))], "Nigeria") is None


def test_its_fighters_in_the_groups_own_statement_are_the_group():
    got, why = actor1_of_last(
        "Militant group says it executed 300 recruits",
        "Al-Shabaab said on Sunday that its fighters had killed 30 recruits near Baidoa.",
        etype="Violence against civilians", sub="Attack", country="Somalia",
    )
    assert got == "Al Shabaab", why


def test_a_named_groups_home_gives_the_country_when_nothing_else_does():
    from sitrep.actors.dictionary import default_dictionary
    from sitrep.actors.stage import article_country

    doc = build_doc("Boko Haram attacks a village near the border, killing 18.")
    assert article_country(doc, default_dictionary()) == "Nigeria"
    got, _ = actor1_of_last("M23 rebels shelled a camp, killing four.", etype="Explosions/Remote violence",
                            sub="Shelling/artillery/missile attack", country=None)
    assert got == "M23: March 23 Movement"
    doc = build_doc("Boko Haram gunmen attacked a market in Maroua, Cameroon.")
    assert article_country(doc, default_dictionary()) == "Cameroon"  # a named country outweighs it


def test_the_group_that_is_not_the_subject_of_the_act_does_not_refer_back():
    got, _ = actor1_of_last(
        "Al-Shabaab fighters attacked a base near Kismayo.",
        "A trader was killed near a mosque where the group once held meetings.",
        etype="Violence against civilians", sub="Attack", country="Somalia",
    )
    assert got != "Al Shabaab"


@pytest.mark.parametrize(
    "sentence, etype, sub",
    [
        ("Kurdish peshmerga forces said they were reinforcing their lines near Kirkuk.",
         "Strategic developments", "Change to group/activity"),
        ("Peshmerga fighters clashed with Islamic State militants near Makhmour on Sunday.",
         "Battles", "Armed clash"),
    ],
)
def test_actors_regional_forces_are_not_the_national_army(sentence, etype, sub):
    """The Kurdistan Region's forces are named as such, never read as generic 'forces' of Iraq."""
    doc = build_doc(sentence)
    s = doc.sentences[0]
    a1, a2, _ = assign_actors(doc, [(s.start, s.end)], etype, sub, "Iraq")
    assert a1.name == "Kurdish Regional Government Peshmerga"
    assert a2 is None or a2.name != "Military Forces of Iraq"


@pytest.mark.parametrize(
    "sentence, country, want",
    [  # "killed at least N": a count, not the reduced passive "killed at <place>"
        ("Boko Haram gunmen killed at least 32 people in Michika on Sunday.", "Nigeria",
         "Boko Haram - Jama'atu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
        ("Al-Shabaab fighters killed at most a dozen traders near Afgoye.", "Somalia", "Al Shabaab"),
        # an identity named as the suspected doer
        ("Suspected Fulani attack a church in Vandeikya during Easter services.", "Nigeria",
         "Fulani Ethnic Militia (Nigeria)"),
        ("Armed Fulani raided Agatu villages at dawn.", "Nigeria", "Fulani Ethnic Militia (Nigeria)"),
    ],
)
def test_actors_agent_wording_edge_cases(sentence, country, want):
    doc = build_doc(sentence)
    s = doc.sentences[0]
    a1, _, why = assign_actors(doc, [(s.start, s.end)], "Violence against civilians", "Attack", country)
    assert a1.name == want, why


def test_actors_reduced_passive_still_marks_victims():
    doc = build_doc("Ten soldiers killed at a checkpoint near Michika.")
    s = doc.sentences[0]
    a1, a2, _ = assign_actors(doc, [(s.start, s.end)], "Violence against civilians", "Attack", "Nigeria")
    assert a1.name != "Military Forces of Nigeria"
    assert a2 is not None and a2.name == "Military Forces of Nigeria"


def test_actors_letters_that_fold_to_ascii_do_not_lose_the_article():
    """The long s and the dotless i match the patterns' ASCII letters: they are read as those."""
    from sitrep.actors.dictionary import default_dictionary, plain

    text = "The aſſaılants fled after gunmen killed five villagers in Jos."
    assert len(plain(text)) == len(text) and "ſ" not in plain(text)
    found = default_dictionary().find(text, 0, "Nigeria")
    assert [(a.start, a.end) for a in found][0] == (4, 14)
    assert found[0].name == "Unidentified Armed Group (Nigeria)"
