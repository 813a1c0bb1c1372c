#include "language.h"

#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTranslator>

namespace App::Language {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("nl"), QStringLiteral("fr")};
}

QString nativeName(const QString &code)
{
    // Each language's name in that language, so that a user who cannot read the current one finds theirs.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString chosen()
{
    const QString code = QSettings().value(kKey).toString();
    return available().contains(code) ? code : QString();
}

void setChosen(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kKey);
    else
        QSettings().setValue(kKey, code);
}

QString resolve(const QString &choice, const QStringList &systemUiLanguages)
{
    const QStringList codes = available();
    if (codes.contains(choice))
        return choice;
    for (const QString &ui : systemUiLanguages) {
        // "de-CH", "nl_BE", "fr" ...: the language part decides.
        const QString language = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (codes.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString effective()
{
    const QString forced = qEnvironmentVariable("OSM_LANGUAGE");
    if (!forced.isEmpty())
        return resolve(forced, {});
    return resolve(chosen(), QLocale::system().uiLanguages());
}

QList<QTranslator *> install(QCoreApplication *app, const QString &code)
{
    QList<QTranslator *> installed;
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/ocpi-session-monitor_%1.qm").arg(code)) && QCoreApplication::installTranslator(ours))
        installed.append(ours);
    else
        delete ours;
    if (code != QLatin1String("en")) {
        // Qt's own strings (the standard dialogs' buttons, the context menus of line edits).
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && QCoreApplication::installTranslator(qt))
            installed.append(qt);
        else
            delete qt;
    }
    return installed;
}

} // namespace App::Language
