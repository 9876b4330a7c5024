// SPDX-License-Identifier: GPL-3.0-or-later
// Settings, the assessment details form, the New assessment dialog, translated diagnostics and translations.
#include "guitest.h"
#include "dialogs/assessmentdetailswidget.h"
#include "text/diagnostictext.h"
#include "shell/languagemanager.h"
#include "dialogs/newassessmentdialog.h"
#include "text/presentationtext.h"
#include "shell/settings.h"

#include <kollen/assessmentio.h>
#include <kollen/diagnostic.h>
#include <kollen/migration.h>
#include <kollen/questionnaireloader.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace kollen;
using namespace kollen::gui;
using kollen::gui::test::EnglishAfterwards;

namespace {

const QString dataDir = QStringLiteral(KOLLEN_TEST_DATA_DIR);
const QString samplePath = dataDir + QStringLiteral("/sample-questionnaire.json");

QString touch(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    return path;
}

std::string readText(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    REQUIRE(in);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/// The sample questionnaire under another id and version.
std::string sampleAs(const std::string &id, const std::string &version)
{
    std::string text = readText(samplePath);
    const std::string idLine = "\"id\": \"test-sample\"";
    const std::string versionLine = "\"version\": \"1.0\"";
    REQUIRE(text.find(idLine) != std::string::npos);
    REQUIRE(text.find(versionLine) != std::string::npos);
    text.replace(text.find(idLine), idLine.size(), "\"id\": \"" + id + "\"");
    text.replace(text.find(versionLine), versionLine.size(), "\"version\": \"" + version + "\"");
    return text;
}

QStringList comboIds(const QComboBox *combo)
{
    QStringList ids;
    for (int i = 0; i < combo->count(); ++i)
        ids << combo->itemData(i).toString();
    return ids;
}

QStringList expectedBands(OrganisationType type)
{
    QStringList ids = {QString()};
    for (const std::string &band : sizeBands(type))
        ids << QString::fromStdString(band);
    return ids;
}

void selectType(QComboBox *combo, OrganisationType type)
{
    const int index = combo->findData(static_cast<int>(type));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void selectBand(QComboBox *combo, const char *band)
{
    const int index = combo->findData(QString::fromLatin1(band));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

/// Every code in the core's message table, read from its source so that a new code cannot be forgotten.
std::vector<std::string> coreDiagnosticCodes()
{
    const std::string source = readText(QStringLiteral(KOLLEN_SOURCE_DIR "/src/core/kollen/diagnostic.cpp"));
    const std::regex entry(R"re(\{"([a-z0-9-]+)",\s*")re");
    std::vector<std::string> codes;
    for (auto it = std::sregex_iterator(source.begin(), source.end(), entry); it != std::sregex_iterator(); ++it)
        codes.push_back((*it)[1].str());
    return codes;
}

} // namespace

TEST_CASE("settings: recent files are capped, most recent first, without duplicates", "[gui][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    Settings::useFile(ini);
    Settings &settings = Settings::instance();
    CHECK(settings.recentFiles().isEmpty());

    QStringList files;
    for (int i = 0; i < Settings::maxRecentFiles + 2; ++i)
        files << touch(dir.filePath(QStringLiteral("file%1.isk").arg(i)));
    for (const QString &file : files)
        settings.addRecentFile(file);
    QStringList recent = settings.recentFiles();
    REQUIRE(recent.size() == Settings::maxRecentFiles);
    CHECK(recent.first() == files.last());
    CHECK(recent.last() == files.at(2));
    CHECK_FALSE(recent.contains(files.at(0)));
    CHECK_FALSE(recent.contains(files.at(1)));

    // The same file under another spelling moves to the front instead of appearing twice.
    settings.addRecentFile(dir.path() + QStringLiteral("/./sub/../file5.isk"));
    recent = settings.recentFiles();
    CHECK(recent.size() == Settings::maxRecentFiles);
    CHECK(QFileInfo(recent.first()).canonicalFilePath() == QFileInfo(files.at(5)).canonicalFilePath());
    CHECK(recent.filter(QStringLiteral("file5.isk")).size() == 1);
#ifndef Q_OS_WIN
    const QString link = dir.filePath(QStringLiteral("link-to-7.isk"));
    REQUIRE(QFile::link(files.at(7), link));
    settings.addRecentFile(link);
    recent = settings.recentFiles();
    CHECK(recent.first() == link);
    CHECK(recent.size() == Settings::maxRecentFiles);
    CHECK(recent.filter(QStringLiteral("file7.isk")).isEmpty());
#endif

    // A relative path is stored absolute.
    const QString previousCurrent = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    settings.addRecentFile(QStringLiteral("file0.isk"));
    QDir::setCurrent(previousCurrent);
    CHECK(settings.recentFiles().first() == QFileInfo(files.at(0)).absoluteFilePath());

    settings.removeRecentFile(files.at(0));
    CHECK_FALSE(settings.recentFiles().contains(files.at(0)));
    CHECK(settings.recentFiles().size() == Settings::maxRecentFiles - 1);

    // Stored in the file: switching away and back reads the same list.
    const QStringList before = settings.recentFiles();
    settings.sync();
    Settings::useFile(dir.filePath(QStringLiteral("other.ini")));
    CHECK(Settings::instance().recentFiles().isEmpty());
    Settings::useFile(ini);
    CHECK(Settings::instance().recentFiles() == before);

    settings.clearRecentFiles();
    CHECK(settings.recentFiles().isEmpty());
}

TEST_CASE("settings: the file is not written again when nothing changed", "[gui][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    Settings::useFile(ini);
    Settings &settings = Settings::instance();
    const QString file = touch(dir.filePath(QStringLiteral("a.isk")));
    settings.addRecentFile(file);
    settings.setWindowGeometry(QByteArray("geometry"));
    settings.setLastDirectory(dir.path());
    settings.sync();
    REQUIRE(QFileInfo::exists(ini));
    // A marker in the file: a rewrite by QSettings would drop it.
    QFile raw(ini);
    REQUIRE(raw.open(QIODevice::Append));
    raw.write("; marker\n");
    raw.close();

    // What a window does when it closes without changes, also after the file was read again (an INI file gives
    // a list of one file back as a string).
    Settings::useFile(dir.filePath(QStringLiteral("other.ini")));
    Settings::useFile(ini);
    settings.addRecentFile(file);
    settings.setWindowGeometry(QByteArray("geometry"));
    settings.setLastDirectory(dir.path());
    settings.sync();
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.readAll().contains("; marker"));
    raw.close();

    // A change is written.
    settings.setWindowGeometry(QByteArray("other"));
    settings.sync();
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray written = raw.readAll();
    CHECK_FALSE(written.contains("; marker"));
    CHECK(written.contains("other"));
}

TEST_CASE("settings: language default, validation and font scale", "[gui][settings]")
{
    QTemporaryDir dir;
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    Settings &settings = Settings::instance();
    CHECK(Settings::supportedLanguages() == QStringList{QStringLiteral("sv"), QStringLiteral("en"), QStringLiteral("nb")});
    CHECK(Settings::supportedLanguages().contains(Settings::systemDefaultLanguage()));
    CHECK(settings.language() == Settings::systemDefaultLanguage());

    const QLocale original;
    struct Case
    {
        QLocale locale;
        const char *language;
    };
    const Case cases[] = {
        {QLocale(QLocale::Swedish, QLocale::Sweden), "sv"},
        {QLocale(QLocale::Swedish, QLocale::Finland), "sv"},
        {QLocale(QLocale::English, QLocale::UnitedKingdom), "en"},
        {QLocale(QLocale::NorwegianBokmal, QLocale::Norway), "nb"},
        {QLocale(QStringLiteral("no_NO")), "nb"},
        {QLocale(QLocale::NorwegianNynorsk, QLocale::Norway), "nb"},
        {QLocale(QLocale::German, QLocale::Germany), "sv"},
        {QLocale(QLocale::Finnish, QLocale::Finland), "sv"},
        {QLocale::c(), "sv"},
    };
    for (const Case &c : cases) {
        QLocale::setDefault(c.locale);
        INFO(c.locale.name().toStdString());
        CHECK(Settings::systemDefaultLanguage() == QLatin1String(c.language));
        CHECK(settings.language() == QLatin1String(c.language)); // nothing stored yet: the default
    }
    QLocale::setDefault(original);

    settings.setLanguage(QStringLiteral("nb"));
    CHECK(settings.language() == QStringLiteral("nb"));
    settings.setLanguage(QStringLiteral("de"));
    CHECK(settings.language() == Settings::systemDefaultLanguage());

    CHECK(settings.fontScale() == 1.0);
    settings.setFontScale(1.25);
    CHECK(settings.fontScale() == 1.25);
    settings.setFontScale(10.0);
    CHECK(settings.fontScale() == Settings::maxFontScale);
    settings.setFontScale(0.1);
    CHECK(settings.fontScale() == Settings::minFontScale);
    settings.setFontScale(std::numeric_limits<double>::quiet_NaN());
    CHECK(settings.fontScale() == 1.0);

    settings.addCustomQuestionnaire(samplePath);
    settings.addCustomQuestionnaire(samplePath);
    CHECK(settings.customQuestionnaires() == QStringList{QFileInfo(samplePath).absoluteFilePath()});
}

TEST_CASE("assessment details: round trip through the form", "[gui][details]")
{
    Assessment original;
    original.questionnaireId = "test-sample";
    original.questionnaireVersion = "1.0";
    original.organisation = {"Region Exempel", OrganisationType::Region, "inv-300k-1m"};
    original.date = "2026-03-14";
    original.participants = {{"Anna Andersson", "Informationssäkerhetssamordnare"}, {"Bo Berg", ""}};
    original.notes = "Workshop 12 och 19 november.\nAndra raden.";
    original.responses["styrning.policy"].answer = "yes";
    original.targets["styrning"].level = 3;

    AssessmentDetailsWidget widget;
    widget.setDetails(original);
    auto *type = widget.findChild<QComboBox *>(QStringLiteral("organisationType"));
    auto *band = widget.findChild<QComboBox *>(QStringLiteral("sizeBand"));
    auto *table = widget.findChild<QTableWidget *>(QStringLiteral("participants"));
    REQUIRE(type);
    REQUIRE(band);
    REQUIRE(table);
    CHECK(comboIds(band) == expectedBands(OrganisationType::Region));
    CHECK(band->currentText() == QStringLiteral("300 000–999 999 inhabitants"));
    CHECK(table->rowCount() == 2);
    CHECK(widget.isComplete());

    Assessment copy;
    copy.questionnaireId = "other";
    copy.responses["x"].answer = "no";
    widget.applyTo(copy);
    CHECK(copy.organisation == original.organisation);
    CHECK(copy.date == original.date);
    CHECK(copy.participants == original.participants);
    CHECK(copy.notes == original.notes);
    CHECK(copy.questionnaireId == "other"); // untouched
    CHECK(copy.responses.size() == 1);

    Assessment whole = original;
    widget.applyTo(whole);
    CHECK(whole == original);

    SECTION("the standing under the Cybersecurity Act, and the kind of entity only when it applies")
    {
        auto *act = widget.findChild<QComboBox *>(QStringLiteral("cybersecurityAct"));
        auto *entity = widget.findChild<QComboBox *>(QStringLiteral("entityKind"));
        REQUIRE(act);
        REQUIRE(entity);
        CHECK(act->currentData().toInt() == static_cast<int>(ActCoverage::Unknown));
        CHECK_FALSE(entity->isEnabled());
        act->setCurrentIndex(act->findData(static_cast<int>(ActCoverage::Covered)));
        CHECK(entity->isEnabled());
        entity->setCurrentIndex(entity->findData(static_cast<int>(EntityKind::Essential)));
        widget.applyTo(copy);
        CHECK(copy.organisation.cybersecurityAct == ActCoverage::Covered);
        CHECK(copy.organisation.entity == EntityKind::Essential);
        AssessmentDetailsWidget again;
        again.setDetails(copy);
        Assessment back = copy;
        again.applyTo(back);
        CHECK(back.organisation == copy.organisation);
        act->setCurrentIndex(act->findData(static_cast<int>(ActCoverage::NotCovered)));
        CHECK_FALSE(entity->isEnabled());
        widget.applyTo(copy);
        CHECK(copy.organisation.entity == EntityKind::Unspecified);
    }
    SECTION("the size bands follow the type")
    {
        selectType(type, OrganisationType::Kommun);
        CHECK(comboIds(band) == expectedBands(OrganisationType::Kommun));
        CHECK(band->currentData().toString().isEmpty()); // a region's band is no municipality band
        selectBand(band, "inv-15k-50k");
        widget.applyTo(copy);
        CHECK(copy.organisation.type == OrganisationType::Kommun);
        CHECK(copy.organisation.sizeBand == "inv-15k-50k");

        selectType(type, OrganisationType::StatligMyndighet);
        CHECK(comboIds(band) == expectedBands(OrganisationType::StatligMyndighet));
        selectBand(band, "anst-250-1000");
        selectType(type, OrganisationType::Annan); // same staff bands: the choice is kept
        CHECK(band->currentData().toString() == QStringLiteral("anst-250-1000"));
        widget.applyTo(copy);
        CHECK(copy.organisation.type == OrganisationType::Annan);
        CHECK(copy.organisation.sizeBand == "anst-250-1000");

        selectType(type, OrganisationType::Unspecified);
        CHECK_FALSE(band->isEnabled());
        widget.applyTo(copy);
        CHECK(copy.organisation.type == OrganisationType::Unspecified);
        CHECK(copy.organisation.sizeBand.empty());
    }

    SECTION("name required; completeChanged only on a change")
    {
        auto *name = widget.findChild<QLineEdit *>(QStringLiteral("organisationName"));
        REQUIRE(name);
        CHECK_FALSE(name->placeholderText().isEmpty());
        QSignalSpy spy(&widget, &AssessmentDetailsWidget::completeChanged);
        name->setText(QStringLiteral("   "));
        CHECK_FALSE(widget.isComplete());
        CHECK(spy.count() == 1);
        name->setText(QStringLiteral("  "));
        CHECK(spy.count() == 1);
        name->setText(QStringLiteral(" Exempelby kommun "));
        CHECK(widget.isComplete());
        CHECK(spy.count() == 2);
        widget.applyTo(copy);
        CHECK(copy.organisation.name == "Exempelby kommun");
    }

    SECTION("participants are added, edited and removed with the keyboard")
    {
        widget.show();
        widget.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&widget));
        auto *add = widget.findChild<QPushButton *>(QStringLiteral("addParticipant"));
        auto *remove = widget.findChild<QPushButton *>(QStringLiteral("removeParticipant"));
        REQUIRE(add);
        REQUIRE(remove);
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        REQUIRE(table->rowCount() == 3);
        CHECK(table->currentRow() == 2);
        QWidget *editor = QApplication::focusWidget();
        REQUIRE(editor);
        REQUIRE(editor != table);
        QTest::keyClicks(editor, QStringLiteral("Cecilia Ek"));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits and closes the editor through a queued call
        REQUIRE(QApplication::focusWidget() == table);
        QTest::keyClick(table, Qt::Key_Right);
        QTest::keyClicks(table, QStringLiteral("R")); // typing starts editing the cell
        editor = QApplication::focusWidget();
        REQUIRE(editor != table);
        QTest::keyClicks(editor, QStringLiteral("evisor"));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        widget.applyTo(copy);
        REQUIRE(copy.participants.size() == 3);
        CHECK(copy.participants[2].name == "Cecilia Ek");
        CHECK(copy.participants[2].role == "Revisor");

        // Delete removes the current row; an empty row is not saved.
        table->setFocus();
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        CHECK(table->rowCount() == 2);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK(table->rowCount() == 3);
        widget.applyTo(copy);
        REQUIRE(copy.participants.size() == 2);
        CHECK(copy.participants[0].name == "Bo Berg");
        CHECK(copy.participants[1].name == "Cecilia Ek");

        table->setCurrentCell(0, 0);
        CHECK(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        CHECK(table->rowCount() == 2);
    }
}

TEST_CASE("assessment details: every control has an accessible name, labels have buddies", "[gui][details]")
{
    AssessmentDetailsWidget widget;
    const auto children = widget.findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (qobject_cast<QLineEdit *>(child) || qobject_cast<QComboBox *>(child) || qobject_cast<QDateEdit *>(child)
            || qobject_cast<QTableWidget *>(child) || qobject_cast<QPlainTextEdit *>(child)
            || qobject_cast<QPushButton *>(child)) {
            if (child->parentWidget() != &widget)
                continue; // internals of a control (e.g. the date edit's line edit)
            INFO(child->objectName().toStdString());
            CHECK_FALSE(child->accessibleName().isEmpty());
        }
    }
    for (QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('&'))) {
            INFO(label->text().toStdString());
            CHECK(label->buddy() != nullptr);
        }
    }
    CHECK(PresentationText::sizeBandLabel(QStringLiteral("anst-0-50")) == QStringLiteral("Fewer than 50 employees"));
    CHECK(PresentationText::sizeBandLabel(QString()) == QStringLiteral("Not specified"));
    CHECK(PresentationText::sizeBandLabel(QStringLiteral("unknown-band")) == QStringLiteral("unknown-band"));
    for (OrganisationType type : {OrganisationType::Kommun, OrganisationType::Region,
                                  OrganisationType::StatligMyndighet, OrganisationType::Annan}) {
        for (const std::string &band : sizeBands(type)) {
            INFO(band);
            CHECK(PresentationText::sizeBandLabel(QString::fromStdString(band)) != QString::fromStdString(band));
        }
    }
}

TEST_CASE("new assessment dialog: Create needs a questionnaire and a name", "[gui][newassessment]")
{
    QTemporaryDir dir;
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    QuestionnaireCatalog catalog;
    REQUIRE_FALSE(hasErrors(catalog.addFile(samplePath.toStdString())));

    NewAssessmentDialog dialog(catalog, QStringLiteral("en"));
    auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("organisationName"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("questionnaireSummary"));
    REQUIRE(create);
    REQUIRE(name);
    REQUIRE(summary);
    REQUIRE(dialog.questionnaire());
    CHECK(dialog.questionnaire()->id == "test-sample");
    CHECK(summary->text().contains(QStringLiteral("Test questionnaire")));
    CHECK(summary->text().contains(QStringLiteral("3 work areas, 12 questions")));
    CHECK(summary->text().contains(QStringLiteral("2026-11-25")));
    CHECK(summary->text().contains(QStringLiteral("A small questionnaire used only by the tests.")));
    CHECK_FALSE(create->isEnabled());

    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(QApplication::focusWidget() == name);
    QTest::keyClicks(name, QStringLiteral("Exempelby kommun"));
    CHECK(create->isEnabled());
    name->clear();
    CHECK_FALSE(create->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Exempelby kommun"));

    const Assessment a = dialog.assessment();
    CHECK(a.questionnaireId == "test-sample");
    CHECK(a.questionnaireVersion == "1.0");
    CHECK(a.organisation.name == "Exempelby kommun");
    CHECK(a.responses.empty());
    CHECK(a.date == QDate::currentDate().toString(Qt::ISODate).toStdString());

    QTest::keyClick(&dialog, Qt::Key_Return); // Create is the default button
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("new assessment dialog: default choice and an empty catalog", "[gui][newassessment]")
{
    QuestionnaireCatalog catalog;
    {
        NewAssessmentDialog dialog(catalog, QStringLiteral("en"));
        CHECK(dialog.questionnaire() == nullptr);
        dialog.findChild<QLineEdit *>(QStringLiteral("organisationName"))->setText(QStringLiteral("X"));
        CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->isEnabled());
        CHECK(dialog.assessment().questionnaireId.empty());
    }
    REQUIRE_FALSE(hasErrors(catalog.addFile(samplePath.toStdString())));
    REQUIRE_FALSE(hasErrors(catalog.addText(sampleAs("infosakkollen", "1.0"), "infosakkollen-1.0.json")));
    REQUIRE_FALSE(hasErrors(catalog.addText(sampleAs("infosakkollen", "1.1"), "infosakkollen-1.1.json")));
    REQUIRE_FALSE(hasErrors(catalog.addText(sampleAs("zz-other", "2.0"), "other.json")));
    NewAssessmentDialog dialog(catalog, QStringLiteral("sv"));
    REQUIRE(dialog.questionnaire());
    CHECK(dialog.questionnaire()->id == "infosakkollen");
    CHECK(dialog.questionnaire()->version == "1.1"); // the newest version
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("questionnaireList"));
    REQUIRE(list);
    CHECK(list->count() == 3); // not infosakkollen 1.0: new assessments are made with the current version
    int versionOne = 0; // test-sample 1.0 only
    for (int row = 0; row < list->count(); ++row)
        versionOne += list->item(row)->text().endsWith(QStringLiteral("version 1.0")) ? 1 : 0;
    CHECK(versionOne == 1);
    CHECK(list->currentItem()->text().startsWith(QStringLiteral("Testformulär"))); // title in the dialog's language
    list->setCurrentRow(0);
    CHECK(dialog.questionnaire()->id == "test-sample");
}

TEST_CASE("new assessment dialog: loading a questionnaire from a file", "[gui][newassessment]")
{
    QTemporaryDir dir;
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    QuestionnaireCatalog catalog;
    REQUIRE_FALSE(hasErrors(catalog.addFile(samplePath.toStdString())));
    const QString good = dir.filePath(QStringLiteral("eget-formulär.json"));
    {
        QFile file(good);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(sampleAs("eget", "3.0")));
    }
    const QString bad = dataDir + QStringLiteral("/bad/duplicate-question-id.json");
    REQUIRE(QFile::exists(bad));

    NewAssessmentDialog dialog(catalog, QStringLiteral("en"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *load = dialog.findChild<QPushButton *>(QStringLiteral("loadQuestionnaire"));
    REQUIRE(load);

    // Answers the file dialog with `path`, then (for a bad file) records and closes the message box.
    auto chooseFile = [](const QString &path, QString *message) {
        QTimer::singleShot(100, [path, message] {
            auto *fileDialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            CHECK(fileDialog); // no REQUIRE here: an exception must not cross Qt's event loop
            if (!fileDialog)
                return;
            // Type the full path into the name field, as a user can; selectFile() depends on the
            // asynchronously loaded directory model.
            auto *nameEdit = fileDialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            CHECK(nameEdit);
            if (!nameEdit)
                return;
            nameEdit->setText(path);
            static_cast<QDialog *>(fileDialog)->accept(); // accept() is protected in QFileDialog
            if (!message)
                return;
            QTimer::singleShot(100, [message] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                CHECK(box);
                if (!box)
                    return;
                *message = box->text() + QLatin1Char('\n') + box->informativeText();
                box->accept();
            });
        });
    };

    QString message;
    chooseFile(bad, &message);
    QTest::mouseClick(load, Qt::LeftButton);
    CHECK(message.contains(QStringLiteral("duplicate-question-id.json")));
    CHECK(message.contains(QStringLiteral("duplicate question id")));
    CHECK(catalog.entries().size() == 1);
    CHECK(dialog.questionnaire()->id == "test-sample");
    CHECK(Settings::instance().customQuestionnaires().isEmpty());

    chooseFile(good, nullptr);
    QTest::mouseClick(load, Qt::LeftButton);
    CHECK(catalog.entries().size() == 2);
    REQUIRE(dialog.questionnaire());
    CHECK(dialog.questionnaire()->id == "eget");
    CHECK(dialog.questionnaire()->version == "3.0");
    CHECK(Settings::instance().customQuestionnaires() == QStringList{QFileInfo(good).absoluteFilePath()});
    CHECK(Settings::instance().lastDirectory() == QFileInfo(good).absolutePath());
}

TEST_CASE("diagnostic text: a template for every code of the core", "[gui][diagnostics]")
{
    const std::vector<std::string> codes = coreDiagnosticCodes();
    REQUIRE(codes.size() >= 40);
    REQUIRE(std::set<std::string>(codes.begin(), codes.end()).size() == codes.size());

    EnglishAfterwards restore;
    REQUIRE(installTranslators(QStringLiteral("en")));
    const std::vector<std::string> args = {"«a1»", "«a2»", "«a3»", "«a4»"};
    std::map<std::string, QString> english;
    for (const std::string &code : codes) {
        INFO(code);
        CHECK(std::string(messageTemplate(code)) != "%1"); // the regex found a real code
        Diagnostic d;
        d.code = code;
        d.args = args;
        d.message = "fallback: no template";
        const QString text = DiagnosticText::message(d);
        CHECK(text != QStringLiteral("fallback: no template"));
        // In English the GUI's template is the core's, word for word and with the same arguments.
        CHECK(text.toStdString() == formatMessage(messageTemplate(code), args));
        english[code] = text;
    }

    REQUIRE(installTranslators(QStringLiteral("sv")));
    for (const std::string &code : codes) {
        INFO(code);
        Diagnostic d;
        d.code = code;
        d.args = args;
        const QString text = DiagnosticText::message(d);
        CHECK(text != english[code]); // translated
        for (const std::string &arg : args) {
            if (english[code].contains(QString::fromStdString(arg)))
                CHECK(text.contains(QString::fromStdString(arg)));
        }
    }
    // Fixed English arguments are translated too.
    Diagnostic wrongType = makeDiagnostic(Diagnostic::Severity::Error, "wrong-type", "/title", {"a string", "an array"});
    CHECK(DiagnosticText::message(wrongType) == QStringLiteral("förväntade en textsträng, hittade en lista (array)"));
}

TEST_CASE("diagnostic text: format, order and limit", "[gui][diagnostics]")
{
    Diagnostic unknown;
    unknown.code = "no-such-code";
    unknown.args = {"x"};
    unknown.message = "the English message";
    CHECK(DiagnosticText::message(unknown) == QStringLiteral("the English message"));

    Diagnostic error = makeDiagnostic(Diagnostic::Severity::Error, "duplicate-id", "/areas/0/questions/1/id",
                                      {"question", "\"a.b\"", "/areas/0/questions/0"});
    error.file = "formulär.json";
    error.line = 12;
    error.column = 7;
    Diagnostic warning = makeDiagnostic(Diagnostic::Severity::Warning, "unknown-key", "/extra", {"\"extra\""});
    warning.file = "formulär.json";
    warning.line = 3;
    // In English, exactly what the command line prints.
    CHECK(DiagnosticText::full(error).toStdString() == error.toString());
    CHECK(DiagnosticText::full(warning).toStdString() == warning.toString());

    Diagnostics many = {warning, error};
    for (int i = 0; i < 5; ++i)
        many.push_back(error);
    const QStringList lines = DiagnosticText::list(many, 3).split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == DiagnosticText::full(error)); // errors first
    CHECK(lines[3] == QStringLiteral("… and 4 more"));
    const QStringList all = DiagnosticText::list(many).split(QLatin1Char('\n'));
    REQUIRE(all.size() == 7);
    CHECK(all.last() == DiagnosticText::full(warning));

    EnglishAfterwards restore;
    REQUIRE(installTranslators(QStringLiteral("sv")));
    CHECK(DiagnosticText::full(warning).contains(QStringLiteral("varning: ")));
    CHECK(DiagnosticText::message(error)
          == QStringLiteral("det finns redan en fråga med id \"a.b\" (första gången vid /areas/0/questions/0)"));
    CHECK(DiagnosticText::list(many, 3).endsWith(QStringLiteral("… och 4 till")));
}

TEST_CASE("translations are embedded and switch at run time", "[gui][i18n]")
{
    for (const char *language : {"sv", "en", "nb"}) {
        INFO(language);
        CHECK(QFile::exists(QStringLiteral(":/i18n/infosakkollen_%1.qm").arg(QLatin1String(language))));
    }
    EnglishAfterwards restore;
    REQUIRE(installTranslators(QStringLiteral("sv")));
    CHECK(PresentationText::organisationTypeLabel(OrganisationType::Kommun) == QStringLiteral("Kommun"));
    CHECK(PresentationText::sizeBandLabel(QStringLiteral("inv-0-15k")) == QStringLiteral("Färre än 15 000 invånare"));
    CHECK(QCoreApplication::translate("CommandLine", "Print the levels of an assessment.")
          != QStringLiteral("Print the levels of an assessment."));
    REQUIRE(installTranslators(QStringLiteral("nb")));
    CHECK(PresentationText::organisationTypeLabel(OrganisationType::Kommun) == QStringLiteral("Kommune"));
    REQUIRE(installTranslators(QStringLiteral("en")));
    CHECK(PresentationText::organisationTypeLabel(OrganisationType::Kommun) == QStringLiteral("Municipality"));
    CHECK_FALSE(installTranslators(QStringLiteral("xx")));
    CHECK(PresentationText::organisationTypeLabel(OrganisationType::Kommun) == QStringLiteral("Municipality"));

    // The dialog in Swedish.
    REQUIRE(installTranslators(QStringLiteral("sv")));
    QuestionnaireCatalog catalog;
    REQUIRE_FALSE(hasErrors(catalog.addFile(samplePath.toStdString())));
    NewAssessmentDialog dialog(catalog, QStringLiteral("sv"));
    CHECK(dialog.windowTitle() == QStringLiteral("Ny bedömning"));
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("questionnaireSummary"))->text();
    CHECK(summary.contains(QStringLiteral("Testformulär")));
    CHECK(summary.contains(QStringLiteral("3 arbetsområden, 12 frågor")));
}

TEST_CASE("diagnostic text: a migration report in the user's language", "[gui][diagnostics][migration]")
{
    auto questionnaire = loadQuestionnaireFile(QString(dataDir + QStringLiteral("/sample-questionnaire.json")).toStdString());
    REQUIRE(questionnaire.questionnaire);
    auto loaded = loadAssessmentFile(QString(dataDir + QStringLiteral("/migration/old-0.9.isk")).toStdString());
    REQUIRE(loaded.assessment);
    Diagnostics problems;
    const auto report = migrateAssessment(*loaded.assessment, *questionnaire.questionnaire, problems);
    REQUIRE(report);
    REQUIRE(report->lost.size() == 3);

    EnglishAfterwards restore;
    REQUIRE(installTranslators(QStringLiteral("en")));
    const QString english = DiagnosticText::migrationReport(*report);
    CHECK(english.startsWith(QStringLiteral("Moved from version 0.9 to version 1.0:")));
    CHECK(english.contains(QStringLiteral("Not carried over: the answer to question styrning.gammal, because the "
                                          "question was removed in version 1.0.")));
    CHECK(english.contains(QStringLiteral("the target for work area okand, because version 1.0 does not have it")));

    REQUIRE(installTranslators(QStringLiteral("sv")));
    const QString swedish = DiagnosticText::migrationReport(*report);
    CHECK(swedish != english);
    CHECK(swedish.count(QLatin1Char('\n')) == english.count(QLatin1Char('\n')));
    for (const char *id : {"styrning.gammal", "incident.borttagen", "okand"})
        CHECK(swedish.contains(QLatin1String(id)));
    CHECK_FALSE(swedish.contains(QStringLiteral("carried over")));
}
