"""Word classes a rule asks about the whole command, one bit each.

Most rules open with "is any word of class X said?" (a recipe word, a wake word, a retraction,
a remind verb …) and most commands answer no. ``Words.vocabulary.isdisjoint(X)`` answers it
with a set walk per class and per decision; here each word's classes are looked up once (a
word's analysis repeats across commands, so the look-up is cached), OR-ed over the command's
tokens into ``Words.classes0`` … ``classes4`` (one small integer per bank of classes), and
every such question is one integer test: ``words.classes0 & RECALL_WORDS``.

A class is a field of the policy's ``Vocabulary`` (the merged lexicon the rules read), so a
policy with other languages gets its own bits' members; the bit of a class is fixed here.
A word is in a class when any of its keys is (its spelling or any of its lemmas, exactly the
keys ``Words.vocabulary`` holds), so ``words.classesN & BIT`` (``N`` the bank of ``BIT``'s
classes, ``BANK_OF``) is ``not words.vocabulary.isdisjoint(<the class>)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Final

from policy_core.lang import Vocabulary

__all__ = ["BANKS", "BANK_OF", "BANK_SIZE", "CLASSES", "NO_CLASSES", "ClassBits", "WordClasses"]

_CACHE_SIZE: Final = 65_536

BANKS: Final[tuple[tuple[str, ...], ...]] = (
    (  # bank 0 (``Words.classes0``): the pipeline's gates, recipes, reports, take-backs, questions
        "open_world.recipe_lemmas",
        "open_world.kitchen_measures",
        "open_world.cooking_lemmas",
        "open_world.taste_measures",
        "open_world.retraction_starts",
        "triggers.restart_keys",
        "open_world.takeback_starts",
        "open_world.takeback_withdrawals",
        "open_world.condition_openers",
        "triggers.restart_withdrawals",
        "triggers.restart_starts",
        "open_world.plan_reports",
        "open_world.question_reports",
        "open_world.asking_reports",
        "open_world.hope_words",
        "open_world.intention_words",
        "open_world.injection_words",
        "open_world.wake_starts",
        "open_world.noise_starts",
        "open_world.split_starts",
        "open_world.notice_markers",
        "open_world.recall_words",
        "open_world.assistant_verbs",
        "open_world.assistant_words",
        "open_world.question_openers",
        "triggers.question_words",
        "open_world.recalled_things",
        "open_world.forward_starts",
        "open_world.indirect_starts",
        "open_world.message_pronouns",
        "open_world.unserved_markers",
        "open_world.web_words",
        "open_world.deliberation_words",
        "open_world.sum_particles",
        "open_world.pasted_markers",
        "open_world.perfect_auxiliaries",
        "open_world.statement_markers",
        "open_world.remark_words",
        "open_world.phrase_starts",
        "open_world.abstract_needs",
        "open_world.complement_prepositions",
        "shopping.coordinated_prepositions",
        "shopping.material_prepositions",
        "open_world.receipt_labels",
        "open_world.notice_links",
        "open_world.reader_possessives",
        "open_world.notice_labels",
        "open_world.list_verbs",
        "open_world.list_op_verbs",
        "open_world.list_refs",
        "triggers.list_words",
        "open_world.swap_verbs",
        "open_world.marvel_verbs",
        "open_world.advice_verbs",
        "open_world.general_markers",
        "open_world.lapse_verbs",
        "open_world.plan_verbs",
        "open_world.past_copulas",
        "open_world.membership_nouns",
        "open_world.musing_particles",
        "open_world.resumptives",
        "triggers.dish_targets",
    ),
    (  # bank 1 (``Words.classes1``): requests, negations, the corridor's devices
        "open_world.owed_words",
        "triggers.remind_verbs",
        "triggers.need_words",
        "open_world.subjunctives",
        "tasks.handover_words",
        "triggers.shop_verbs",
        "triggers.request_words",
        "corridor.purpose_conjunctions",
        "triggers.buy_or_add_verbs",
        "triggers.soft_shop_verbs",
        "triggers.let_words",
        "corridor.any_marker",
        "corridor.device_nouns",
        "triggers.auxiliaries",
        "triggers.modals",
        "triggers.negations",
        "triggers.negative_subjects",
        "triggers.need_negations",
        "triggers.privatives",
        "triggers.stop_verbs",
        "shopping.correction_words",
        "shopping.fused_refusals",
        "triggers.inform_verbs",
        "corridor.household_words",
        "corridor.payment_starts",
        "corridor.device_verbs",
        "corridor.switch_verbs",
        "corridor.on_off",
        "corridor.volume_particles",
        "corridor.foreign_starts",
        "corridor.bulk_verbs",
        "corridor.exchange_verbs",
        "corridor.standing_markers",
        "corridor.standing_starts",
        "corridor.sequence_words",
        "corridor.media_commands",
        "corridor.device_settings",
        "corridor.speaker_subjects",
        "corridor.setting_links",
        "corridor.dispatch_verbs",
        "corridor.docks",
        "corridor.return_verbs",
        "corridor.vehicles",
        "corridor.openable",
        "corridor.media_collections",
        "corridor.device_quantities",
        "corridor.level_verbs",
        "corridor.favourite_collections",
        "corridor.media_verbs",
        "corridor.placing_verbs",
        "corridor.show_verbs",
        "corridor.securing_verbs",
        "corridor.guard_nouns",
        "corridor.callables",
        "corridor.call_verbs",
        "corridor.degree_words",
        "corridor.charge_heads",
        "corridor.telling_verbs",
        "corridor.asking_verbs",
        "corridor.keeping_verbs",
        "corridor.barring_verbs",
        "dates.time_preps",
    ),
    (  # bank 2 (``Words.classes2``): dates, numbers, a shopping clause's and an item's words
        "dates.day_triggers",
        "dates.named_times",
        "dates.clock_fractions",
        "dates.half_hour_words",
        "dates.glued_half_hours",
        "dates.lunch_hour_words",
        "numbers.words",
        "numbers.articles",
        "dates.short_half_hour_words",
        "tasks.sentence_ends",
        "tasks.deed_marks",
        "units.size_words",
        "shopping.clause_words",
        "shopping.vague_markers",
        "shopping.reason_starts",
        "shopping.shops",
        "triggers.out_of_outside_places",
        "triggers.out_of_outsiders",
        "triggers.out_of_place_qualifiers",
        "shopping.list_lemmas",
        "shopping.spec_prepositions",
        "shopping.code_systems",
        "shopping.code_scales",
        "shopping.graded_heads",
        "shopping.dimension_links",
        "units.times",
        "shopping.strength_units",
        "shopping.substitutions",
        "open_world.clock_words",
        "open_world.already_words",
        "shopping.pack_sizes",
        "shopping.condition_words",
        "shopping.destination_prepositions",
        "tasks.handover_links",
        "tasks.person_negations",
        "tasks.appointments",
        "triggers.duty_heads",
        "tasks.chore_nominals",
        "dates.due_words",
        "corridor.broadcast_media",
        "open_world.hedge_words",
        "shopping.joined_starts",
        "tasks.title_stops",
        "triggers.adverbial_openers",
        "shopping.clause_participles",
        "shopping.attributive_participles",
        "shopping.possessive_prepositions",
        "shopping.clause_links",
        "shopping.subject_pronouns",
        "shopping.clause_particles",
        "shopping.speaker_objects",
        "shopping.use_objects",
        "triggers.told_pronouns",
        "shopping.placeholder_nouns",
        "shopping.relative_words",
        "shopping.qualifier_particles",
        "shopping.pro_form_heads",
        "triggers.errand_places",
        "triggers.assign_heads",
        "triggers.chore_nouns",
        "shopping.sale_nouns",
        "open_world.recipe_adding",
    ),
    (  # bank 3 (``Words.classes3``): the unserved, notices', stories' and nouns told's readers
        "triggers.edit_words",
        "open_world.own_buy_leads",
        "open_world.own_buy_auxiliaries",
        "shopping.relay_asking_verbs",
        "open_world.meta_starts",
        "tasks.message_verbs",
        "open_world.game_worlds",
        "open_world.game_goods",
        "open_world.ambiguous_game_goods",
        "open_world.oblique_game_goods",
        "open_world.messengers",
        "open_world.knowing_verbs",
        "open_world.measured_quantities",
        "open_world.enrol_verbs",
        "open_world.app_features",
        "open_world.app_roles",
        "open_world.price_links",
        "open_world.elsewhere",
        "open_world.ordering_verbs",
        "open_world.order_channels",
        "open_world.deities",
        "open_world.joke_words",
        "open_world.courtesy_verbs",
        "open_world.note_verbs",
        "open_world.class_words",
        "open_world.call_by_first",
        "open_world.dress_day_words",
        "open_world.collect_verbs",
        "open_world.wish_by_first",
        "open_world.laugh_words",
        "open_world.withdrawal_tails",
        "open_world.step_nouns",
        "open_world.record_headings",
        "open_world.dish_headings",
        "open_world.dimension_words",
        "open_world.story_cues",
        "open_world.habit_cues",
        "shopping.ran_out_states",
        "triggers.momentary_starts",
        "open_world.stock_fullness",
        "open_world.stock_left",
        "units.links",
        "shopping.listed_people",
        "shopping.listed_abstracts",
        "open_world.plea_starts",
        "shopping.digit_prepositions",
        "open_world.joke_labels",
        "open_world.copy_verbs",
        "open_world.stock_places",
        "open_world.stock_headings",
        "open_world.product_states",
        "open_world.copula_states",
        "open_world.cooking_steps",
        "open_world.advisers",
        "open_world.done_question_auxiliaries",
        "open_world.next_time_marks",
        "open_world.long_spans",
        "open_world.plural_plan_subjects",
        "shopping.piece_fillers",
        "shopping.tally_yes",
        "shopping.makeup_prepositions",
        "shopping.told_subjects",
    ),
    (  # bank 4 (``Words.classes4``): tasks' doers, the corridor's last readers; room for new ones
        "shopping.count_emphasis",
        "shopping.item_emphasis",
        "units.shared",
        "triggers.task_nouns",
        "open_world.summon_verbs",
        "open_world.booking_verbs",
        "open_world.contact_words",
        "open_world.services",
        "tasks.person_nouns",
        "tasks.unnamed_doers",
        "tasks.coordinators",
        "open_world.reporting_lemmas",
        "tasks.event_subjects",
        "tasks.duty_nouns",
        "corridor.appliances_at",
        "corridor.colour_settings",
        "dates.set_parts",  # with DUE_STARTS (bank 2), tested apart: "на вечер" after a day
        "triggers.run_out_conditions",  # with REPORTS (bank 0), tested apart: "когда кончится"
        "open_world.told_cues",
        "triggers.lookup_verbs",
        "open_world.rule_drop_verbs",
        "tasks.occasion_nouns",
        "triggers.lament_heads",  # a lament before a deed (``_reasons``)
        "triggers.refusal_verbs",
        "triggers.told_frame_verbs",  # a told clause's verb before "to" (``_reasons``)
        "tasks.reason_openers",  # "because", "потому": a reason's clause (``_reasons``)
        "triggers.plan_lemmas",  # another's plan before a deed (``_reasons``)
        "triggers.doerless_states",  # "некому": no one to do the deed (``_reasons``)
        "open_world.assistant_deed_words",  # a deed the assistant is asked (``_assistant_deeds``)
        "open_world.unasked_cues",  # a text told, not asked (``_told_not_asked``)
        "open_world.request_frame_verbs",  # "can I request to …" (``_address``)
        "shopping.discourse_particles",  # "po", "abeg" (``_address``)
        "shopping.closing_particles",  # "lah", "leh" (``_address``)
        "open_world.ask_cues",  # a deed asked as a question or hedged (``_deeds_asked``)
    ),
)
"""Every class with a bit, as ``group.field`` of ``Vocabulary``, bank by bank: bit ``n`` of a
bank is ``1 << n``, at most ``BANK_SIZE`` a bank, so each ``Words.classesN`` is a small integer
(mypyc tests one in a machine word; past 62 bits every test took Python's big-integer path).
Classes a reader tests together (a union below, ``A | B`` at a call) share a bank; a new class
goes where it joins its union, else in the last bank (``test_fast_paths`` checks both)."""

BANK_SIZE: Final = 62
CLASSES: Final = tuple(name for bank in BANKS for name in bank)
"""Every class, bank after bank."""
BANK_OF: Final = {name: n for n, bank in enumerate(BANKS) for name in bank}
"""The bank of each class: a test ``words.classesN & X`` reads bank ``N``'s classes only."""
ClassBits = tuple[int, int, int, int, int]
"""A word's or a text's classes, one integer per bank (``Words.classes0`` … ``classes4``)."""
NO_CLASSES: Final[ClassBits] = (0, 0, 0, 0, 0)

_BIT: Final = {name: 1 << n for bank in BANKS for n, name in enumerate(bank)}

RECIPE_LEMMAS: Final = _BIT["open_world.recipe_lemmas"]
KITCHEN_MEASURES: Final = _BIT["open_world.kitchen_measures"]
RETRACTION_STARTS: Final = _BIT["open_world.retraction_starts"]
INJECTION_WORDS: Final = _BIT["open_world.injection_words"]
WAKE_STARTS: Final = _BIT["open_world.wake_starts"]
NOISE_STARTS: Final = _BIT["open_world.noise_starts"]
SPLIT_STARTS: Final = _BIT["open_world.split_starts"]
NOTICE_MARKERS: Final = _BIT["open_world.notice_markers"]
RECALL_WORDS: Final = _BIT["open_world.recall_words"]
FORWARD_STARTS: Final = _BIT["open_world.forward_starts"]
INDIRECT_STARTS: Final = _BIT["open_world.indirect_starts"]
MESSAGE_PRONOUNS: Final = _BIT["open_world.message_pronouns"]
UNSERVED_MARKERS: Final = _BIT["open_world.unserved_markers"]
WEB_WORDS: Final = _BIT["open_world.web_words"]
DELIBERATION_WORDS: Final = _BIT["open_world.deliberation_words"]
SUM_PARTICLES: Final = _BIT["open_world.sum_particles"]
PASTED_MARKERS: Final = _BIT["open_world.pasted_markers"]
RECIPE_ADDING: Final = _BIT["open_world.recipe_adding"]
EDIT_WORDS: Final = _BIT["triggers.edit_words"]
COOKING_LEMMAS: Final = _BIT["open_world.cooking_lemmas"]
TASTE_MEASURES: Final = _BIT["open_world.taste_measures"]
PERFECT_AUXILIARIES: Final = _BIT["open_world.perfect_auxiliaries"]
STATEMENT_MARKERS: Final = _BIT["open_world.statement_markers"]
REMARK_WORDS: Final = _BIT["open_world.remark_words"]
PHRASE_STARTS: Final = _BIT["open_world.phrase_starts"]
ABSTRACT_NEEDS: Final = _BIT["open_world.abstract_needs"]
COMPLEMENT_PREPOSITIONS: Final = _BIT["open_world.complement_prepositions"]
RECEIPT_LABELS: Final = _BIT["open_world.receipt_labels"]
NOTICE_LINKS: Final = _BIT["open_world.notice_links"]
READER_POSSESSIVES: Final = _BIT["open_world.reader_possessives"]
NOTICE_LABELS: Final = _BIT["open_world.notice_labels"]
LIST_VERBS: Final = _BIT["open_world.list_verbs"]
LIST_OP_VERBS: Final = _BIT["open_world.list_op_verbs"]
LIST_REFS: Final = _BIT["open_world.list_refs"]
MARVEL_VERBS: Final = _BIT["open_world.marvel_verbs"]
ADVICE_VERBS: Final = _BIT["open_world.advice_verbs"]
GENERAL_MARKERS: Final = _BIT["open_world.general_markers"]
LAPSE_VERBS: Final = _BIT["open_world.lapse_verbs"]
PAST_COPULAS: Final = _BIT["open_world.past_copulas"]
OWED_WORDS: Final = _BIT["open_world.owed_words"]
MEMBERSHIP_NOUNS: Final = _BIT["open_world.membership_nouns"]
PLAN_VERBS: Final = _BIT["open_world.plan_verbs"]
MUSING_PARTICLES: Final = _BIT["open_world.musing_particles"]
RESUMPTIVES: Final = _BIT["open_world.resumptives"]
SWAP_VERBS: Final = _BIT["open_world.swap_verbs"]
LIST_WORDS: Final = _BIT["triggers.list_words"]
DISH_TARGETS: Final = _BIT["triggers.dish_targets"]
SHOP_VERBS: Final = _BIT["triggers.shop_verbs"]
REQUEST_WORDS: Final = _BIT["triggers.request_words"]
REMIND_VERBS: Final = _BIT["triggers.remind_verbs"]
TOLD_PRONOUNS: Final = _BIT["triggers.told_pronouns"]
ERRAND_PLACES: Final = _BIT["triggers.errand_places"]
ASSIGN_HEADS: Final = _BIT["triggers.assign_heads"]
CHORE_NOUNS: Final = _BIT["triggers.chore_nouns"]
LET_WORDS: Final = _BIT["triggers.let_words"]
AUXILIARIES: Final = _BIT["triggers.auxiliaries"]
MODALS: Final = _BIT["triggers.modals"]
NEGATIONS: Final = _BIT["triggers.negations"]
NEGATIVE_SUBJECTS: Final = _BIT["triggers.negative_subjects"]
NEED_NEGATIONS: Final = _BIT["triggers.need_negations"]
PRIVATIVES: Final = _BIT["triggers.privatives"]
STOP_VERBS: Final = _BIT["triggers.stop_verbs"]
NEED_WORDS: Final = _BIT["triggers.need_words"]
INFORM_VERBS: Final = _BIT["triggers.inform_verbs"]
ANY_CORRIDOR_MARKER: Final = _BIT["corridor.any_marker"]
HOUSEHOLD_WORDS: Final = _BIT["corridor.household_words"]
PAYMENT_STARTS: Final = _BIT["corridor.payment_starts"]
FOREIGN_STARTS: Final = _BIT["corridor.foreign_starts"]
BULK_VERBS: Final = _BIT["corridor.bulk_verbs"]
STANDING_MARKERS: Final = _BIT["corridor.standing_markers"]
STANDING_STARTS: Final = _BIT["corridor.standing_starts"]
DEVICE_NOUNS: Final = _BIT["corridor.device_nouns"]
DEVICE_VERBS: Final = _BIT["corridor.device_verbs"]
SWITCH_VERBS: Final = _BIT["corridor.switch_verbs"]
SEQUENCE_WORDS: Final = _BIT["corridor.sequence_words"]
ON_OFF: Final = _BIT["corridor.on_off"]
VOLUME_PARTICLES: Final = _BIT["corridor.volume_particles"]
MEDIA_COMMANDS: Final = _BIT["corridor.media_commands"]
SPEAKER_SUBJECTS: Final = _BIT["corridor.speaker_subjects"]
DEVICE_SETTINGS: Final = _BIT["corridor.device_settings"]
SETTING_LINKS: Final = _BIT["corridor.setting_links"]
DISPATCH_VERBS: Final = _BIT["corridor.dispatch_verbs"]
DOCKS: Final = _BIT["corridor.docks"]
RETURN_VERBS: Final = _BIT["corridor.return_verbs"]
VEHICLES: Final = _BIT["corridor.vehicles"]
OPENABLE: Final = _BIT["corridor.openable"]
MEDIA_COLLECTIONS: Final = _BIT["corridor.media_collections"]
DEVICE_QUANTITIES: Final = _BIT["corridor.device_quantities"]
EXCHANGE_VERBS: Final = _BIT["corridor.exchange_verbs"]
LEVEL_VERBS: Final = _BIT["corridor.level_verbs"]
FAVOURITE_COLLECTIONS: Final = _BIT["corridor.favourite_collections"]
MEDIA_VERBS: Final = _BIT["corridor.media_verbs"]
PURPOSE_CONJUNCTIONS: Final = _BIT["corridor.purpose_conjunctions"]
PLACING_VERBS: Final = _BIT["corridor.placing_verbs"]
SHOW_VERBS: Final = _BIT["corridor.show_verbs"]
SECURING_VERBS: Final = _BIT["corridor.securing_verbs"]
GUARD_NOUNS: Final = _BIT["corridor.guard_nouns"]
CALLABLES: Final = _BIT["corridor.callables"]
CALL_VERBS: Final = _BIT["corridor.call_verbs"]
DEGREE_WORDS: Final = _BIT["corridor.degree_words"]
CHARGE_HEADS: Final = _BIT["corridor.charge_heads"]
# a verb that may tell a device what to do ("напомни пылесосу …", "tell the roomba to …")
TELLING_VERBS: Final = _BIT["corridor.telling_verbs"] | _BIT["corridor.asking_verbs"]
# a verb that may keep a device in a state or out of a room ("оставь …", "не пускай …")
KEEPING_VERBS: Final = _BIT["corridor.keeping_verbs"] | _BIT["corridor.barring_verbs"]
DAY_TRIGGERS: Final = _BIT["dates.day_triggers"]
NAMED_TIMES: Final = _BIT["dates.named_times"]
CLOCK_FRACTIONS: Final = _BIT["dates.clock_fractions"]
HALF_HOUR_WORDS: Final = _BIT["dates.half_hour_words"]
GLUED_HALF_HOURS: Final = _BIT["dates.glued_half_hours"]
SET_PARTS: Final = _BIT["dates.set_parts"]
SHORT_HALF_HOUR_WORDS: Final = _BIT["dates.short_half_hour_words"]
ADVERBIAL_OPENERS: Final = _BIT["triggers.adverbial_openers"]
TIME_PREPS: Final = _BIT["dates.time_preps"]
LUNCH_HOUR_WORDS: Final = _BIT["dates.lunch_hour_words"]
NUMBER_WORDS: Final = _BIT["numbers.words"]
SENTENCE_ENDS: Final = _BIT["tasks.sentence_ends"]
DEED_MARKS: Final = _BIT["tasks.deed_marks"]
SIZE_WORDS: Final = _BIT["units.size_words"]
ARTICLES: Final = _BIT["numbers.articles"]
CLAUSE_WORDS: Final = _BIT["shopping.clause_words"]
VAGUE_MARKERS: Final = _BIT["shopping.vague_markers"]
REASON_STARTS: Final = _BIT["shopping.reason_starts"]
SHOPS: Final = _BIT["shopping.shops"]
LIST_LEMMAS: Final = _BIT["shopping.list_lemmas"]
SPEC_PREPOSITIONS: Final = _BIT["shopping.spec_prepositions"]
CORRECTION_WORDS: Final = _BIT["shopping.correction_words"]
SUBSTITUTIONS: Final = _BIT["shopping.substitutions"]
# what may hold a product's code (``_shopping._code_spec``): a code system, a scale, a graded
# head, a word or sign between the numbers of a size
CODE_STARTS: Final = (
    _BIT["shopping.code_systems"]
    | _BIT["shopping.code_scales"]
    | _BIT["shopping.graded_heads"]
    | _BIT["shopping.dimension_links"]
    | _BIT["units.times"]
)
CLOCK_WORDS: Final = _BIT["open_world.clock_words"]
ALREADY_WORDS: Final = _BIT["open_world.already_words"]
SUBJUNCTIVES: Final = _BIT["open_world.subjunctives"]
ASSISTANT_VERBS: Final = _BIT["open_world.assistant_verbs"]
ASSISTANT_WORDS: Final = _BIT["open_world.assistant_words"]
QUESTION_OPENERS: Final = _BIT["open_world.question_openers"]
QUESTION_WORDS: Final = _BIT["triggers.question_words"]
PACK_SIZES: Final = _BIT["shopping.pack_sizes"]
STRENGTH_UNITS: Final = _BIT["shopping.strength_units"]
USE_OBJECTS: Final = _BIT["shopping.use_objects"]
COORDINATED_PREPOSITIONS: Final = _BIT["shopping.coordinated_prepositions"]
# what may make a piece after the items a clause (``_shopping._is_clause``): a participle or
# a preposition opening it ("making …", "baking a …", "у нас …"), a link, a subject or a
# particle in it ("…, the fridge is empty", "…, we're out", "…, он ведь просил")
CLAUSE_MARKERS: Final = (
    _BIT["shopping.clause_participles"]
    | _BIT["shopping.attributive_participles"]
    | _BIT["shopping.possessive_prepositions"]
    | _BIT["shopping.clause_links"]
    | _BIT["shopping.subject_pronouns"]
    | _BIT["shopping.clause_particles"]
    | _BIT["shopping.speaker_objects"]
)
CONDITION_WORDS: Final = _BIT["shopping.condition_words"]
DESTINATION_PREPOSITIONS: Final = _BIT["shopping.destination_prepositions"]
HANDOVER_LINKS: Final = _BIT["tasks.handover_links"]
PERSON_NEGATIONS: Final = _BIT["tasks.person_negations"]
APPOINTMENTS: Final = _BIT["tasks.appointments"]
DUTY_HEADS: Final = _BIT["triggers.duty_heads"]
DUE_WORDS: Final = _BIT["dates.due_words"]
BROADCAST_MEDIA: Final = _BIT["corridor.broadcast_media"]
HEDGE_WORDS: Final = _BIT["open_world.hedge_words"]
JOINED_STARTS: Final = _BIT["shopping.joined_starts"]
TITLE_STOPS: Final = _BIT["tasks.title_stops"]
RESTART_KEYS: Final = _BIT["triggers.restart_keys"]
PLACEHOLDER_NOUNS: Final = _BIT["shopping.placeholder_nouns"]
RELATIVE_WORDS: Final = _BIT["shopping.relative_words"]
QUALIFIER_PARTICLES: Final = _BIT["shopping.qualifier_particles"]
PRO_FORM_HEADS: Final = _BIT["shopping.pro_form_heads"]
MATERIAL_PREPOSITIONS: Final = _BIT["shopping.material_prepositions"]
SALE_NOUNS: Final = _BIT["shopping.sale_nouns"]
CHORE_NOMINALS: Final = _BIT["tasks.chore_nominals"]
TAKEBACK_STARTS: Final = _BIT["open_world.takeback_starts"]
PLAN_REPORTS: Final = _BIT["open_world.plan_reports"]
OWN_BUY_LEADS: Final = _BIT["open_world.own_buy_leads"]
RELAY_ASKING_VERBS: Final = _BIT["shopping.relay_asking_verbs"]
META_STARTS: Final = _BIT["open_world.meta_starts"]
MESSAGE_VERBS: Final = _BIT["tasks.message_verbs"]
GAME_WORLDS: Final = _BIT["open_world.game_worlds"]  # "in minecraft" (``_clauses``)
# the first tests of ``_unserved.unserved``'s readers, one class or union each
GAME_WORDS: Final = (
    GAME_WORLDS
    | _BIT["open_world.game_goods"]
    | _BIT["open_world.ambiguous_game_goods"]
    | _BIT["open_world.oblique_game_goods"]
)
MESSENGERS: Final = _BIT["open_world.messengers"]
KNOWING_VERBS: Final = _BIT["open_world.knowing_verbs"]
MEASURED_QUANTITIES: Final = _BIT["open_world.measured_quantities"]
ENROL_VERBS: Final = _BIT["open_world.enrol_verbs"]
APP_WORDS: Final = _BIT["open_world.app_features"] | _BIT["open_world.app_roles"]
PRICE_LINKS: Final = _BIT["open_world.price_links"]
ELSEWHERE_PUT: Final = _BIT["open_world.elsewhere"]
ORDER_WORDS: Final = _BIT["open_world.ordering_verbs"] | _BIT["open_world.order_channels"]
RECALLED_THINGS: Final = _BIT["open_world.recalled_things"]
DEITIES: Final = _BIT["open_world.deities"]
JOKE_WORDS: Final = _BIT["open_world.joke_words"]
COURTESY_VERBS: Final = _BIT["open_world.courtesy_verbs"]
NOTE_VERBS: Final = _BIT["open_world.note_verbs"]
# the first tests of ``_notices.is_notice``'s and ``_pasted.is_pasted``'s readers
CLASS_WORDS: Final = _BIT["open_world.class_words"]
# a called phrase's first word, a dress day's word, a verb of collecting
NOTICE_CALLS: Final = (
    _BIT["open_world.call_by_first"]
    | _BIT["open_world.dress_day_words"]
    | _BIT["open_world.collect_verbs"]
)
WISH_STARTS: Final = _BIT["open_world.wish_by_first"]
LAUGH_WORDS: Final = _BIT["open_world.laugh_words"]
WITHDRAWAL_TAILS: Final = _BIT["open_world.withdrawal_tails"]
STEP_NOUNS: Final = _BIT["open_world.step_nouns"]
RECORD_HEADINGS: Final = _BIT["open_world.record_headings"] | _BIT["open_world.dish_headings"]
DIMENSION_WORDS: Final = _BIT["open_world.dimension_words"]
# a deed a story tells of (``_stories.tells_a_story``), its cue, a habit's cue
STORY_DEEDS: Final = (
    SHOP_VERBS
    | REQUEST_WORDS
    | _BIT["triggers.buy_or_add_verbs"]
    | _BIT["triggers.soft_shop_verbs"]
)
STORY_CUES: Final = _BIT["open_world.story_cues"]
HABIT_CUES: Final = _BIT["open_world.habit_cues"]
JOKE_LABELS: Final = _BIT["open_world.joke_labels"]
COPY_VERBS: Final = _BIT["open_world.copy_verbs"]
RAN_OUT_STATES: Final = _BIT["shopping.ran_out_states"]
MOMENTARY_STARTS: Final = _BIT["triggers.momentary_starts"]
# a word of a stock's fullness or of what is left of it ("полный мешок", "ещё полпакета")
STOCK_WORDS: Final = _BIT["open_world.stock_fullness"] | _BIT["open_world.stock_left"]
UNIT_LINKS: Final = _BIT["units.links"]  # "a bottle of …"
# a person or an abstract put on a list as a joke ("add world peace to the list")
LISTED_JOKES: Final = _BIT["shopping.listed_people"] | _BIT["shopping.listed_abstracts"]
PLEA_STARTS: Final = _BIT["open_world.plea_starts"]  # "send" of "send help"
DIGIT_PREPOSITIONS: Final = _BIT["shopping.digit_prepositions"]  # "4" of "get 4 u milk"
# what ``_nouns_told.nouns_told`` reads: a stock's place or heading, a product's state, a
# cooking step, an adviser, the auxiliary of a question whether a deed is done
STOCK_TOLD: Final = _BIT["open_world.stock_places"] | _BIT["open_world.stock_headings"]
STATE_TOLD: Final = _BIT["open_world.product_states"] | _BIT["open_world.copula_states"]
COOKING_STEPS: Final = _BIT["open_world.cooking_steps"]
ADVISERS: Final = _BIT["open_world.advisers"]
DONE_QUESTION_AUXILIARIES: Final = _BIT["open_world.done_question_auxiliaries"]
NOUNS_TOLD: Final = STOCK_TOLD | STATE_TOLD | COOKING_STEPS | ADVISERS | DONE_QUESTION_AUXILIARIES
NEXT_TIME_MARKS: Final = _BIT["open_world.next_time_marks"]  # "в следующий раз"
LONG_SPANS: Final = _BIT["open_world.long_spans"]
PLURAL_PLAN_SUBJECTS: Final = _BIT["open_world.plural_plan_subjects"]
OWN_BUY_WORDS: Final = _BIT["open_world.own_buy_leads"] | _BIT["open_world.own_buy_auxiliaries"]
PIECE_FILLERS: Final = _BIT["shopping.piece_fillers"]
FUSED_REFUSALS: Final = _BIT["shopping.fused_refusals"]
TALLY_YES: Final = _BIT["shopping.tally_yes"]
MAKEUP_PREPOSITIONS: Final = _BIT["shopping.makeup_prepositions"]
# a word that stresses a count or an item ("всего две пачки", "only milk")
EMPHASES: Final = _BIT["shopping.count_emphasis"] | _BIT["shopping.item_emphasis"]
TOLD_SUBJECTS: Final = _BIT["shopping.told_subjects"]
SHARED_UNITS: Final = _BIT["units.shared"]
TASK_NOUNS: Final = _BIT["triggers.task_nouns"]
SUMMON_VERBS: Final = _BIT["open_world.summon_verbs"]
BOOKING_VERBS: Final = _BIT["open_world.booking_verbs"]
TOLD_CUES: Final = _BIT["open_world.told_cues"]
UNASKED_CUES: Final = _BIT["open_world.unasked_cues"]
REQUEST_FRAME_VERBS: Final = _BIT["open_world.request_frame_verbs"]
PARTICLES: Final = _BIT["shopping.discourse_particles"] | _BIT["shopping.closing_particles"]
LOOKUP_VERBS: Final = _BIT["triggers.lookup_verbs"]
RULE_DROP_VERBS: Final = _BIT["open_world.rule_drop_verbs"]
CONTACT_WORDS: Final = _BIT["open_world.contact_words"]
SERVICES: Final = _BIT["open_world.services"]
ASSISTANT_DEEDS: Final = _BIT["open_world.assistant_deed_words"]
PERSON_NOUNS: Final = _BIT["tasks.person_nouns"]  # "the babysitter", "сантехник"
UNNAMED_DOERS: Final = _BIT["tasks.unnamed_doers"]
COORDINATORS: Final = _BIT["tasks.coordinators"]
REPORTING_LEMMAS: Final = _BIT["open_world.reporting_lemmas"]  # "сказала", "said"
HANDOVER_WORDS: Final = _BIT["tasks.handover_words"]
EVENT_SUBJECTS: Final = _BIT["tasks.event_subjects"]
DUTY_NOUNS: Final = _BIT["tasks.duty_nouns"]
OCCASION_NOUNS: Final = _BIT["tasks.occasion_nouns"]  # "party", "вечеринка"
APPLIANCES_AT: Final = _BIT["corridor.appliances_at"]
COLOUR_SETTINGS: Final = _BIT["corridor.colour_settings"]
# a question, a plan or a request reported, a condition, a hope or an intention told
REPORTS: Final = (
    _BIT["open_world.question_reports"]
    | PLAN_REPORTS
    | _BIT["open_world.condition_openers"]
    | _BIT["open_world.asking_reports"]
    | _BIT["open_world.hope_words"]
    | _BIT["open_world.intention_words"]
)
RUN_OUT_CONDITIONS: Final = _BIT["triggers.run_out_conditions"]  # bank 4: beside REPORTS
ASK_CUES: Final = _BIT["open_world.ask_cues"]  # bank 4: a deed asked (``_deeds_asked``)
# a lament or a refusal of a deed, a told clause's verb (bank 4; ``_reasons``)
LAMENTS: Final = _BIT["triggers.lament_heads"] | _BIT["triggers.refusal_verbs"]
TOLD_FRAME_VERBS: Final = _BIT["triggers.told_frame_verbs"]
REASON_OPENERS: Final = _BIT["tasks.reason_openers"]
# any word a reason told needs but a gerund's ending (``_reasons.reason_told``'s first test)
REASON_WORDS: Final = (
    LAMENTS
    | TOLD_FRAME_VERBS
    | REASON_OPENERS
    | _BIT["triggers.plan_lemmas"]
    | _BIT["triggers.doerless_states"]
)
# what a request said again may open with (``_restated_requests.as_asked``: each of its
# readers' first test): a retraction or a take-back, a condition, a withdrawing or an
# editing term
TAKEBACK_WITHDRAWALS: Final = _BIT["open_world.takeback_withdrawals"]
RESTART_WITHDRAWALS: Final = _BIT["triggers.restart_withdrawals"]
RESTART_STARTS: Final = _BIT["triggers.restart_starts"]
ASKED_AGAIN: Final = (
    RETRACTION_STARTS
    | TAKEBACK_STARTS
    | TAKEBACK_WITHDRAWALS
    | _BIT["open_world.condition_openers"]
    | RESTART_WITHDRAWALS
    | RESTART_STARTS
)
# a place or a holder outside the home, or a shop: a run-out may be someone else's
# (``_clauses._names_elsewhere``)
ELSEWHERE: Final = (
    _BIT["triggers.out_of_outside_places"]
    | _BIT["triggers.out_of_outsiders"]
    | _BIT["triggers.out_of_place_qualifiers"]
    | SHOPS
)

# where a due phrase may start with no digit in the text (``_dates._find``): a day's or a
# clock's own word, or a time preposition before a word the clock reads ("в восемь", "at a
# quarter past", "в час", "в пол восьмого")
DUE_STARTS: Final = (
    DAY_TRIGGERS | NAMED_TIMES | CLOCK_FRACTIONS | HALF_HOUR_WORDS | GLUED_HALF_HOURS
)
CLOCK_READS: Final = NUMBER_WORDS | ARTICLES | LUNCH_HOUR_WORDS | SHORT_HALF_HOUR_WORDS
# what may open a question with no mark (``_unserved._opens_a_question``): a question word, a
# recall word ("чем заменить …"), a yes/no opener ("do we have …")
QUESTION_STARTS: Final = QUESTION_WORDS | RECALL_WORDS | QUESTION_OPENERS


class WordClasses:
    """The classes of every key (spelling or lemma) of a ``Vocabulary``; one per policy.

    ``of_keys`` is cached: a word's keys are its analysis's own frozenset, which the
    morphology caches, so a word seen before costs one look-up.
    """

    __slots__ = ("of_key", "of_keys")

    def __init__(self, vocabulary: Vocabulary) -> None:
        bits: dict[str, list[int]] = {}
        for n, bank in enumerate(BANKS):
            for name in bank:
                group, field = name.split(".")
                # (a frozenset, or a map whose keys are the words)
                members: Iterable[str] = getattr(getattr(vocabulary, group), field)
                for key in members:
                    bits.setdefault(key, list(NO_CLASSES))[n] |= _BIT[name]
        table = {key: _bits(found) for key, found in bits.items()}
        # a non-word token's one key (a mark, a number): ``of_key(norm, NO_CLASSES)``
        self.of_key: Callable[[str, ClassBits], ClassBits] = table.get
        self.of_keys: Callable[[frozenset[str]], ClassBits] = lru_cache(maxsize=_CACHE_SIZE)(
            lambda keys: _union(keys, table)
        )


def _union(keys: frozenset[str], table: dict[str, ClassBits]) -> ClassBits:
    found = list(NO_CLASSES)
    for key in keys:
        for n, bit in enumerate(table.get(key, NO_CLASSES)):
            found[n] |= bit
    return _bits(found)


def _bits(found: list[int]) -> ClassBits:
    return found[0], found[1], found[2], found[3], found[4]
