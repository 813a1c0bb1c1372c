// The translations (translations/*.ts): complete and up to date with the code (lupdate finds nothing new and
// nothing unfinished), their placeholders and mnemonics matching the English, and the program speaking each
// language: the window built with the translators installed shows no English text that has a translation, and
// the command line answers in the language of the system locale or of the setting.
#include "language.h"
#include "mainwindow.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error);
QSet<QString> placeholders(const QString &text);
int mnemonics(const QString &text);
QString tsPath(const QString &code)
{
    return QStringLiteral(OSM_TRANSLATIONS_DIR "/ocpi-session-monitor_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void upToDate_data();
    void upToDate();
    void resolveFollowsTheSystem_data();
    void resolveFollowsTheSystem();
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void commandLineFollowsTheLocaleAndTheSetting_data();
    void commandLineFollowsTheLocaleAndTheSetting();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("ocpi-session-monitor-test");
    QCoreApplication::setApplicationName("tst_translations");
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : App::Language::available())
        QTest::newRow(qPrintable(code)) << code;
}

void TestTranslations::complete()
{
    QFETCH(QString, code);
    QString error;
    const QList<Message> messages = readTs(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (code == QLatin1String("en")) // plural forms only
        QVERIFY(messages.size() >= 40);
    else
        QVERIFY2(messages.size() > 800, qPrintable(QString::number(messages.size())));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source.left(60);
        if (m.unfinished) {
            problems << QLatin1String("unfinished: ") + where;
            continue;
        }
        if (m.numerus && m.translations.size() != 2)
            problems << QLatin1String("plural forms: ") + where;
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QLatin1String("empty: ") + where;
            // %n stands for the count; a singular form may write it out ("one session"), every other
            // placeholder must be there.
            QSet<QString> want = placeholders(m.source), got = placeholders(t);
            if (m.numerus) {
                want.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (want != got)
                problems << QLatin1String("placeholders: ") + where + QLatin1String(" -> ") + t;
            if (mnemonics(m.source) != mnemonics(t))
                problems << QLatin1String("mnemonic: ") + where + QLatin1String(" -> ") + t;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::upToDate_data()
{
    complete_data();
}

void TestTranslations::upToDate()
{
    // lupdate over the code, as `cmake --build … --target update_translations` runs it, on a copy: it must change
    // nothing (no new, changed or vanished string).
    QFETCH(QString, code);
    const QString copy = m_dir.filePath(QStringLiteral("check_%1.ts").arg(code));
    QFile::remove(copy);
    QVERIFY(QFile::copy(tsPath(code), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    if (code == QLatin1String("en"))
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral(OSM_SOURCE_DIR "/app") << QStringLiteral(OSM_SOURCE_DIR "/views")
         << QStringLiteral(OSM_SOURCE_DIR "/model") << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(OSM_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    QFile a(tsPath(code)), b(copy);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray before = a.readAll(), after = b.readAll();
    QVERIFY2(before == after,
             qPrintable(QStringLiteral("translations/ocpi-session-monitor_%1.ts is not up to date with the code: run "
                                       "`cmake --build build/dev --target update_translations` and translate what it adds.\n%2")
                            .arg(code, QString::fromUtf8(lupdate.readAllStandardOutput()))));
}

void TestTranslations::resolveFollowsTheSystem_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system de-CH") << QString() << QStringList{"de-CH", "de", "en"} << "de";
    QTest::newRow("system nl_BE") << QString() << QStringList{"nl_BE"} << "nl";
    QTest::newRow("first spoken wins") << QString() << QStringList{"es-ES", "fr-BE", "de"} << "fr";
    QTest::newRow("none spoken") << QString() << QStringList{"es-ES", "it"} << "en";
    QTest::newRow("no system languages") << QString() << QStringList{} << "en";
    QTest::newRow("chosen beats system") << "nl" << QStringList{"de-DE"} << "nl";
    QTest::newRow("unknown choice") << "xx" << QStringList{"fr-FR"} << "fr";
}

void TestTranslations::resolveFollowsTheSystem()
{
    QFETCH(QString, choice);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(App::Language::resolve(choice, system), expected);
}

void TestTranslations::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("de") << "de" << "&Datei";
    QTest::newRow("nl") << "nl" << "&Bestand";
    QTest::newRow("fr") << "fr" << "&Fichier";
}

void TestTranslations::windowSpeaksTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    // English sources that have a translation different from themselves: none of them may be seen in the window.
    QString error;
    const QList<Message> messages = readTs(tsPath(code), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> translatable;
    for (const Message &m : messages)
        if (!m.numerus && !m.translations.isEmpty() && m.translations.first() != m.source)
            translatable.insert(m.source);
    // ... except where a word is the same in both and another context translates it ("Status", "Token").
    for (const Message &m : messages)
        if (!m.numerus && !m.translations.isEmpty() && m.translations.first() == m.source)
            translatable.remove(m.source);

    const QList<QTranslator *> translators = App::Language::install(qApp, code);
    QVERIFY(!translators.isEmpty());
    {
        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList seen;
        const auto note = [&](const QString &text) {
            if (!text.isEmpty())
                seen << text;
        };
        note(window.windowTitle());
        const std::function<void(QMenu *)> walkMenu = [&](QMenu *menu) {
            note(menu->title());
            for (QAction *a : menu->actions()) {
                if (a->menu())
                    walkMenu(a->menu());
                else
                    note(a->text());
                note(a->toolTip() == QString(a->text()).remove(QLatin1Char('&')) ? QString() : a->toolTip());
            }
        };
        const QList<QAction *> top = window.menuBar()->actions();
        QVERIFY(!top.isEmpty());
        for (QAction *a : top)
            if (a->menu())
                walkMenu(a->menu());
        for (QLabel *l : window.findChildren<QLabel *>())
            note(l->text());
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
            note(b->text());
            note(b->toolTip());
        }
        for (QGroupBox *g : window.findChildren<QGroupBox *>())
            note(g->title());
        for (QTabWidget *t : window.findChildren<QTabWidget *>())
            for (int i = 0; i < t->count(); ++i)
                note(t->tabText(i));
        for (QWidget *w : window.findChildren<QWidget *>())
            note(w->accessibleName());
        for (QTableView *v : window.findChildren<QTableView *>()) {
            if (!v->model())
                continue;
            for (int c = 0; c < v->model()->columnCount(); ++c)
                note(v->model()->headerData(c, Qt::Horizontal).toString());
        }

        QStringList english;
        for (const QString &text : std::as_const(seen))
            if (translatable.contains(text))
                english << text;
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(QLatin1String("shown in English: ") + english.join(QLatin1String(" | "))));
        QVERIFY(seen.size() > 100); // the walk saw the window
        QCOMPARE(top.first()->text(), fileMenu);
    }
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestTranslations::commandLineFollowsTheLocaleAndTheSetting_data()
{
    QTest::addColumn<QString>("lang");       // LANG of the child
    QTest::addColumn<QString>("setting");    // ui/language in its settings ("" none)
    QTest::addColumn<QString>("expected");   // the summary line starts with
    QTest::newRow("LANG=de_DE") << "de_DE.UTF-8" << QString() << "Zusammenfassung: ";
    QTest::newRow("LANG=nl_NL") << "nl_NL.UTF-8" << QString() << QString();
    QTest::newRow("LANG=fr_FR") << "fr_FR.UTF-8" << QString() << QString();
    QTest::newRow("LANG=C") << "C.UTF-8" << QString() << "summary: ";
    QTest::newRow("setting nl beats LANG=fr") << "fr_FR.UTF-8" << "nl" << QString();
}

void TestTranslations::commandLineFollowsTheLocaleAndTheSetting()
{
    QFETCH(QString, lang);
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    // The expected summary: the translation of the report's summary line in the language that should win.
    const QString code = !setting.isEmpty() ? setting : lang.left(2) == QLatin1String("C.") ? QStringLiteral("en") : lang.left(2);
    if (expected.isEmpty()) {
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/ocpi-session-monitor_%1.qm").arg(code)));
        const QString summary = t.translate("Ocpi::ValidationReportWriter",
                                            "summary: %1 file(s), %2 session(s), %3 valid, %4 invalid, %5 error(s), "
                                            "%6 warning(s), %7 unreadable file(s)\n");
        QVERIFY2(!summary.isEmpty(), "the summary line's source changed: update this test");
        expected = summary.section(QLatin1Char('%'), 0, 0);
    }

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "OSM_LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert("LANG", lang);
    env.insert("HOME", home.path());
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    if (!setting.isEmpty()) {
        QDir().mkpath(home.filePath("config/ocpi-session-monitor"));
        QSettings s(home.filePath("config/ocpi-session-monitor/ocpi-session-monitor.conf"), QSettings::IniFormat);
        s.setValue("ui/language", setting);
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OSM_EXECUTABLE),
            {QStringLiteral("validate"), QStringLiteral(OSM_FIXTURES "/spec/session_example_1_simple_start.json")});
    QVERIFY(p.waitForFinished(60'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1Char('\n') + expected) || out.startsWith(expected),
             qPrintable(QStringLiteral("expected a line starting with \"%1\" in:\n%2").arg(expected, out)));
}

namespace {

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                current = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false};
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
        }
    }
    if (xml.hasError())
        *error = path + QLatin1String(": ") + xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return out;
}

int mnemonics(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++n;
    }
    return n;
}

} // namespace

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
