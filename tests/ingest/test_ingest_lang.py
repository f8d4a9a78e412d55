"""Offline language identification: English passes, other languages are recognised."""

from __future__ import annotations

import pytest

from sitrep.ingest.lang import detect_language

SAMPLES = {
    "en": "Security forces regained control of the town on Sunday after two days of fighting with the rebels, the army said in a statement.",
    "fr": "Les forces de sécurité ont repris dimanche le contrôle de la ville après deux jours de combats avec les rebelles, selon un communiqué de l'armée.",
    "es": "Las fuerzas de seguridad recuperaron el domingo el control de la ciudad tras dos días de combates con los rebeldes, según un comunicado del ejército.",
    "de": "Die Sicherheitskräfte haben am Sonntag nach zwei Tagen Kämpfen mit den Rebellen die Kontrolle über die Stadt zurückgewonnen, teilte die Armee mit.",
    "pt": "As forças de segurança retomaram no domingo o controle da cidade após dois dias de combates com os rebeldes, segundo um comunicado do exército.",
    "ru": "Силы безопасности в воскресенье восстановили контроль над городом после двух дней боев с повстанцами, говорится в заявлении армии.",
    "ar": "استعادت قوات الأمن يوم الأحد السيطرة على المدينة بعد يومين من القتال مع المتمردين، بحسب بيان للجيش.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_languages(lang: str) -> None:
    assert detect_language(SAMPLES[lang]).language == lang


def test_short_or_letterless_text_is_not_judged() -> None:
    assert detect_language("Breaking: blast").language is None
    assert detect_language("12 34 56 -- 78").language is None


def test_english_quoting_a_foreign_phrase_stays_english() -> None:
    text = (
        SAMPLES["en"] + ' A banner read "la lutte continue" and residents said the town was calm by evening.'
    )
    assert detect_language(text).language == "en"
