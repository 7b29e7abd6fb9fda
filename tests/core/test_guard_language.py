"""Non-English problems are declined at once, naming the language; English ones pass.

Sentences are written for this test. The English cases include words that are also function
words elsewhere ("die", "an", "per", "de" in names) so the check cannot trip on them.
"""

from __future__ import annotations

import pytest

from bot.core.guard import check_input

FOREIGN = [
    pytest.param("Un tanque tiene 300 litros. ¿Cuánto tiene después de 4 horas si pierde el "
                 "5% cada hora?", "Spanish", id="spanish"),
    pytest.param("Una población de 800 conejos crece un 10% por año. ¿Cuántos conejos hay "
                 "después de 3 años?", "Spanish", id="spanish-2"),
    pytest.param("Une ville compte 20000 habitants et sa population augmente de 3% par an. "
                 "Combien d'habitants aura-t-elle après 5 ans?", "French", id="french"),
    pytest.param("Ein Konto hat 1000 Euro und der Betrag wächst jedes Jahr um 4%. Wie viel "
                 "Geld ist nach 6 Jahren auf dem Konto?", "German", id="german"),
    pytest.param("Uma cidade tem 5000 habitantes e a população cresce 2% ao ano. Quantos "
                 "habitantes terá depois de 4 anos?", "Portuguese", id="portuguese"),
    pytest.param("Una città ha 9000 abitanti e la popolazione cresce del 2% ogni anno. Quanti "
                 "abitanti ci sono dopo 3 anni?", "Italian", id="italian"),
    pytest.param("Een stad heeft 4000 inwoners en de bevolking groeit met 3% per jaar. Hoeveel "
                 "inwoners zijn er na 5 jaar?", "Dutch", id="dutch"),
    pytest.param("Sebuah kota memiliki 7000 penduduk dan bertambah 2% setiap tahun. Berapa "
                 "jumlah penduduk setelah 4 tahun?", "Indonesian", id="indonesian"),
    pytest.param("Популяция бактерий растёт на 5% в час. Сколько бактерий будет через 3 часа?",
                 "Russian", id="russian"),
]

ENGLISH = [
    pytest.param("A plant will die if it loses 40% of its water. It holds 500 ml and loses "
                 "5% per hour. After how many hours does it die?", id="die-is-english"),
    pytest.param("Maria de la Cruz invests $300 per month at 4% per year. What is the value "
                 "after 2 years?", id="spanish-name"),
    pytest.param("The population grows by 5% per year. What is it after 3 years?", id="plain"),
    pytest.param("Il Forno, a bakery, sells 300 loaves a day and sales rise 2% a week. How "
                 "many loaves after 4 weeks?", id="italian-name"),
]


@pytest.mark.parametrize("text, language", FOREIGN)
def test_foreign_problem_is_declined_naming_the_language(text, language):
    outcome = check_input(text)
    assert outcome is not None and not outcome.ok
    assert language in outcome.error.message
    assert "English" in outcome.error.message


@pytest.mark.parametrize("text", ENGLISH)
def test_english_problem_passes_the_guard(text):
    assert check_input(text) is None
