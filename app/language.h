// The user interface language: English (the source strings), German, Dutch or French. It follows the system
// locale unless one is chosen in View ▸ Language (QSettings "ui/language"); the choice applies at the next start.
// The translations are built into the program (translations/, qt_add_translations, resource prefix /i18n).
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace App::Language {

// "en", "de", "nl", "fr": the languages this build speaks.
QStringList available();
// The language's own name ("Deutsch"), for the menu.
QString nativeName(const QString &code);
// What is chosen in the settings: a code, or empty for "as the system".
QString chosen();
void setChosen(const QString &code);
// The language to use for `choice` (empty: the first of the system's UI languages this build speaks, else en).
QString resolve(const QString &choice, const QStringList &systemUiLanguages);
// resolve(chosen(), the system locale's UI languages), or the environment's OSM_LANGUAGE when set (for tests
// and for a one-off run: OSM_LANGUAGE=de ocpi-session-monitor).
QString effective();

// Installs the translators of `code` on the application (ours and Qt's own, the latter where the system has
// qt6-translations-l10n): returns the translators installed, owned by `app`. For English, ours holds only the
// plural forms ("1 session", "2 sessions").
QList<QTranslator *> install(QCoreApplication *app, const QString &code);

} // namespace App::Language
