"""Every sentence a decision carries, in Russian and English (the command's language)."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import Literal

__all__ = ["Language", "message", "quoted_list"]

Language = Literal["ru", "en"]

_RU = MappingProxyType(
    {
        "q.text": "Команда пустая. Что нужно сделать?",
        "q.intent": "Я не понял, что нужно сделать. Я могу добавить покупки в список или создать задачу.",
        "q.item.name": "Что именно нужно купить?",
        "q.item.list_id": "В какой список добавить покупки: {options}?",
        "q.task.assignee_id": "«{name}» нет среди членов семьи. Кому назначить задачу: {options}?",
        "q.task.title": "Что именно нужно сделать?",
        "q.capability": "Приложение сейчас не разрешает это действие ({action}). Как поступить?",
        "opt.shopping": "Добавить покупку в список",
        "opt.task": "Создать задачу",
        "r.text_too_long": "Команда длиннее {limit} символов.",
        "r.payment_not_supported": "Платежи и переводы денег не поддерживаются.",
        "r.device_control_not_supported": "Управление умными устройствами не поддерживается.",
        "r.foreign_household": "Можно работать только со списками, задачами и членами своей семьи.",
        "r.bulk_operation_not_supported": "Массовые изменения и постоянные правила не поддерживаются.",
        "r.capability_not_granted": "Приложение не разрешает действие, нужное для этой команды ({action}).",
        "ui.items": "Добавить в список: {items}",
        "ui.task": "Создать задачу «{title}»",
        "ui.mixed": "Добавить покупки ({items}) и создать задачу «{title}»?",
        "ui.items_confirm": "Добавить в список: {items}?",
        "why.mixed": "В команде есть и покупки, и задача: нужно подтверждение.",
        "why.several": "Несколько покупок без запуска задания: нужно подтверждение.",
        "x.execute": "Распознано: {what}.",
        "x.clarify": "Не хватает данных: {fields}.",
        "x.reject": "Отклонено: {code}.",
        "x.confirm": "Нужно подтверждение: {what}.",
        "w.items": "покупки ({count})",
        "w.task": "задача",
    }
)
_EN = MappingProxyType(
    {
        "q.text": "The command is empty. What should be done?",
        "q.intent": "I didn't understand what to do. I can add items to a shopping list or create a task.",
        "q.item.name": "What exactly should be bought?",
        "q.item.list_id": "Which list should the items go to: {options}?",
        "q.task.assignee_id": "“{name}” is not a household member. Who should do it: {options}?",
        "q.task.title": "What exactly should be done?",
        "q.capability": "The app does not allow this action right now ({action}). What should I do instead?",
        "opt.shopping": "Add a shopping item",
        "opt.task": "Create a task",
        "r.text_too_long": "The command is longer than {limit} characters.",
        "r.payment_not_supported": "Payments and money transfers are not supported.",
        "r.device_control_not_supported": "Smart-device control is not supported.",
        "r.foreign_household": "Only your own household's lists, tasks and members can be used.",
        "r.bulk_operation_not_supported": "Bulk changes and standing rules are not supported.",
        "r.capability_not_granted": "The app does not allow the action this command needs ({action}).",
        "ui.items": "Add to the list: {items}",
        "ui.task": "Create the task “{title}”",
        "ui.mixed": "Add {items} to the list and create the task “{title}”?",
        "ui.items_confirm": "Add to the list: {items}?",
        "why.mixed": "The command holds both shopping and a task, so it needs confirmation.",
        "why.several": "Several items without a job need confirmation.",
        "x.execute": "Recognised {what}.",
        "x.clarify": "Missing: {fields}.",
        "x.reject": "Rejected: {code}.",
        "x.confirm": "Needs confirmation: {what}.",
        "w.items": "shopping ({count} items)",
        "w.task": "a task",
    }
)


def message(language: Language, key: str, **values: object) -> str:
    """The sentence ``key`` in ``language`` with ``values`` filled in."""
    template = (_RU if language == "ru" else _EN)[key]
    return template.format(**values) if values else template


def quoted_list(names: Sequence[str]) -> str:
    return ", ".join(names)
