"""Languages: Simplified Chinese by default, English from a Qt Linguist file.

The source strings are the Chinese the operators read; English comes from
resources/translations/hotline_desk_en.qm (built from the .ts source with
``pyside6-lrelease``). Labels that live in the domain (states, kinds, flags,
actions) are translated at display time in the "Domain" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from hotline_desk.paths import resources_dir

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_LANGUAGE = "language"

_installed: list[QTranslator] = []  # kept alive: Qt does not own translators


def translations_dir():  # type: ignore[no-untyped-def]
    return resources_dir() / "translations"


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_LANGUAGE, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_language(app: QCoreApplication, language: str) -> bool:
    """Loads the translation for ``language``, and Qt's own for its standard
    buttons and dialogs (确定 / 取消 / 保存 / 关闭 in Chinese)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Month and day names (the calendar, date pickers) follow the language too.
    QLocale.setDefault(QLocale(language))
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", qt_translations_dir()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # Installed later, asked first: the few of Qt's strings its own Chinese
    # has not caught up with (the file dialog's "&Look in:" …).
    qt_fixes = QTranslator()
    if qt_fixes.load(f"qt_fixes_{language}", str(translations_dir())):
        app.installTranslator(qt_fixes)
        _installed.append(qt_fixes)
    if language == DEFAULT_LANGUAGE:
        return True
    translator = QTranslator()
    if not translator.load(f"hotline_desk_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def tr(text: str) -> str:
    """A string of the window in the current language (Qt Linguist's empty context)."""
    return QCoreApplication.translate("", text)


def tr_domain(text: str) -> str:
    """A domain label (状态, 类型, 标记, 操作) in the current language."""
    return QCoreApplication.translate("Domain", text)
