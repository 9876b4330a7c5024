// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI tests share: a main window set up in a temporary folder, files copied there, and answering the
// message boxes and file dialogs that the window opens.
#pragma once

#include "shell/mainwindow.h"

#include <kollen/assessment.h>
#include <kollen/questionnaire.h>

#include <QApplication>
#include <QByteArray>
#include <QMessageBox>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace kollen::gui::test {

/// tests/data
inline const QString dataDir = QStringLiteral(KOLLEN_TEST_DATA_DIR);

/// The questionnaire in a file that must load (the test stops if it does not).
[[nodiscard]] Questionnaire loadQuestionnaire(const std::string &path);
/// An assessment of `q` with nothing answered.
[[nodiscard]] Assessment emptyAssessment(const Questionnaire &q);

[[nodiscard]] QByteArray contents(const QString &path);
void putContents(const QString &path, const QByteArray &data);
/// A copy of `source` named `name` in `dir`, readable and writable by its owner, so tests never write into
/// tests/data.
[[nodiscard]] QString copyOf(const QString &source, const QTemporaryDir &dir, const QString &name);

/// A temporary folder whose settings file the program uses (set before any window reads the settings).
struct TemporarySettings
{
    TemporarySettings();
    QTemporaryDir dir;
};

struct WindowOptions
{
    QSize size{1366, 768};
    /// Also wait until the window is active (for tests that send keys to the focus widget).
    bool activate = false;
    /// Add tests/data/sample-questionnaire.json to the window's catalog.
    bool sampleQuestionnaire = true;
};

/// Prepares `window` as a test needs it: its recovery folder, the sample questionnaire, shown at the size asked.
void prepareWindow(MainWindow &window, const QString &recoveryFolder, const WindowOptions &options = {});

/// A main window in a temporary folder (settings, recovery folder), prepared with prepareWindow(). When it goes,
/// it leaves without asking about unsaved changes, and with the English translation installed again.
struct WindowFixture : TemporarySettings
{
    explicit WindowFixture(const WindowOptions &options = {});
    ~WindowFixture();
    [[nodiscard]] QString recoveryFolder() const { return dir.filePath(QStringLiteral("recovery")); }
    MainWindow window;
};

/// What a message box said.
struct Seen
{
    bool shown = false;
    QString title;
    QString text;
    QString informative;
    QString details;
    Qt::TextFormat format = Qt::AutoText;
    Qt::TextFormat informativeFormat = Qt::AutoText; ///< of the informative text's label, when there is one
    QStringList buttons;

    [[nodiscard]] QString all() const { return text + QLatin1Char('\n') + informative; }
};

/// Restores English (the language the GUI tests run in) when a test that switches language ends, however it ends.
struct EnglishAfterwards
{
    EnglishAfterwards() = default;
    EnglishAfterwards(const EnglishAfterwards &) = delete;
    EnglishAfterwards &operator=(const EnglishAfterwards &) = delete;
    ~EnglishAfterwards();
};

/// While true, a watcher (whenModal) keeps looking; set it to false to stop one that is no longer wanted, before
/// what it refers to goes away.
using Alive = std::shared_ptr<bool>;

/// Calls `handler` with the active modal dialog as soon as there is one of type T (polling, so slow machines
/// do not break it), for about five seconds at most, or until `*alive` is false. No REQUIRE inside: an exception
/// must not cross Qt's event loop.
template<typename T>
void whenModal(std::function<void(T *)> handler, int attempts = 250, Alive alive = {})
{
    QTimer::singleShot(20, [handler, attempts, alive] {
        if (alive && !*alive)
            return;
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            handler(dialog);
            return;
        }
        if (attempts > 0)
            whenModal<T>(handler, attempts - 1, alive);
    });
}

/// Records the next message box in `seen` (if given), runs `before` (if any) and clicks the button whose text
/// (without '&') is `button`; a box without that button is rejected.
void answerMessageBox(const QString &button, Seen *seen = nullptr, std::function<void()> before = {},
                      Alive alive = {});

/// Answers the next file dialog with `path`, typed into its name field as a user can.
void answerFileDialog(const QString &path);

} // namespace kollen::gui::test
