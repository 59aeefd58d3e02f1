"""Device nouns borrowed from the languages households mix into Russian and English speech.

Expats name the appliances of the country they live in by that country's words ("сделай
Heizung на 22", "pls turn the Heizung up", "закрой estores в спальне", "подними ролетне",
"закрой трисы в салоне"): the word names a device as the language's own noun does, and the
corridor reads it so (SPEC §4 row 3). The words are listed as they are typed, in Latin letters
or in Cyrillic, in every form a speaker uses (these languages have no dictionary here). The
Latin words go to ``en.CORRIDOR``, the Cyrillic ones to ``ru.CORRIDOR``; both are read from
the merged vocabulary. A word that is also an everyday word or a name of the host languages is
left out ("Herd", "Tor", "Luz", "four", "stores", "светло", "ут").
"""

from __future__ import annotations

from policy_core.lang._data import words

__all__ = [
    "CYRILLIC_DEVICE_NOUNS",
    "CYRILLIC_OPENABLE",
    "LATIN_DEVICE_NOUNS",
    "LATIN_OPENABLE",
]

# what opens and closes (shutters, blinds, doors, a gate), by an opening verb: "закрой Haustür"
LATIN_OPENABLE = words(
    """
    haustür haustuer haustüre wohnungstür wohnungstuer tür tuer garagentor gartentor
    rollladen rolladen rollläden rolläden rollaeden rollo rollos jalousie jalousien markise
    estores estor persianas persiana puerta
    roletne roletna rolete
    rolety roleta żaluzje zaluzje
    volets volet
    tris trisim
    """
)
CYRILLIC_OPENABLE = words(
    """
    ставни ставень ставней
    ролетне ролетна ролете
    трисы трис трисим трисов
    """
)

# appliances and what a home's controls work: heating, light, air, machines, screens
LATIN_DEVICE_NOUNS = (
    words(
        """
        heizung heizungen heizkörper heizkoerper fußbodenheizung fussbodenheizung licht lichter
        lampe deckenlampe stehlampe lüftung lueftung klimaanlage backofen ofen waschmaschine
        spülmaschine spuelmaschine geschirrspüler geschirrspueler trockner kaffeemaschine
        wasserkocher fernseher staubsauger mikrowelle steckdose
        calefacción calefaccion luces lámpara lampara horno lavadora lavavajillas secadora
        cafetera ventilador televisión television microondas
        grejanje svetlo klima bojler rerna frižider frizider šporet sporet
        ogrzewanie światło swiatlo piekarnik pralka zmywarka odkurzacz czajnik klimatyzacja
        chauffage lumière lumières lumiere lumieres laveuse sécheuse secheuse lave-vaisselle
        cafetière cafetiere
        mazgan
        """
    )
    | LATIN_OPENABLE
)
CYRILLIC_DEVICE_NOUNS = (
    words(
        """
        грејање бојлер рерна фрижидер шпорет
        мазган мазгана мазганы
        """
    )
    | CYRILLIC_OPENABLE
)
