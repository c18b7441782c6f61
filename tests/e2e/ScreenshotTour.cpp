// discue-screenshots: renders the console in demo mode to PNG files for the README - the main
// window (light and dark palette) with a key selected, the details pane and the journal, the
// key editor and its review, the response dialog, the secret dialog and a typed delete
// confirmation. Offscreen, against the in-process emulator; no display needed.
//
//     discue-screenshots <output directory>
#include "ApiKeyTableModel.h"
#include "ApiKeysClient.h"
#include "ConfirmKeyActionDialog.h"
#include "ConsoleStyle.h"
#include "EmulatorServer.h"
#include "JournalDock.h"
#include "KeyConsole.h"
#include "KeyEditorDialog.h"
#include "KeyOperations.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "RequestJournalModel.h"
#include "ResponseDialog.h"
#include "SecretDialog.h"
#include "TextRendering.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x78, 0xad));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x82));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x82));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x82));
    return p;
}

// Runs the event loop until done() holds or the time is up; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QEventLoop loop;
    QTimer poll;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(20);
    deadline.start(timeoutMs);
    if (!done())
        loop.exec();
    return done();
}

void settle()
{
    // Let layouts and deferred paints run before grabbing.
    waitFor([] { return false; }, 150);
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    settle();
    const QString path = dir.filePath(name + u".png"_s);
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write",
                 qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(new ConsoleStyle(QStyleFactory::create(u"Fusion"_s)));
    // The console's default text rendering, on a font every Linux machine has.
    QApplication::setFont(fontFor(TextRendering::Crisp, QFont(u"DejaVu Sans"_s, 9)));
    if (argc < 2) {
        std::fputs("usage: discue-screenshots <output directory>\n", stderr);
        return 64;
    }
    QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.mkpath(u"."_s))
        return 1;

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    EmulatorServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(error));
        return 1;
    }
    // Give a few demo keys a recent use so that the table shows realistic times.
    const QString organization = server.store().organizations().constFirst();
    const QList<ApiKey> keys = server.store().keys(organization);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < keys.size(); i += 3) {
        ApiKey key = keys.at(i);
        key.lastUsedAt = now - qint64(i + 1) * 47 * 60 * 1000;
        server.store().update(key);
    }

    QNetworkAccessManager network;
    ApiKeysClient client(&network);
    int failures = 0;
    for (bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        KeyConsole console(&client, &settings);
        MainWindow window(&console, &settings);
        window.resize(1360, 820);
        ConnectionProfile profile;
        profile.id = u"demo"_s;
        profile.name = u"Demo (local)"_s;
        profile.baseUrl = server.baseUrl();
        profile.demo = true;
        window.setProfiles({profile}, profile.id);
        window.show();
        console.connectTo(profile, server.adminKey());
        if (!waitFor([&] { return window.keyModel()->rowCount() > 0; })) {
            std::fputs("the key list did not arrive\n", stderr);
            return 1;
        }
        // A key with protected scopes shows the locked rows in the details pane.
        QString selected = window.keyModel()->keyAt(0).id;
        for (const ApiKey &key : window.keyModel()->keys()) {
            if (key.hasProtectedScopes() && !window.keyModel()->isOwnKey(key)) {
                selected = key.id;
                break;
            }
        }
        window.selectKeys({selected});
        if (!save(&window, out, dark ? u"main-window-dark"_s : u"main-window"_s))
            ++failures;
        if (dark)
            continue;

        const ApiKey key = window.keyModel()->keyAt(window.keyModel()->rowOfId(selected));
        // A key deleted elsewhere, then disabled here: the response dialog explains the 404.
        ApiKey gone;
        for (const ApiKey &candidate : window.keyModel()->keys()) {
            if (candidate.status == KeyStatus::Enabled && candidate.id != selected &&
                !window.keyModel()->isOwnKey(candidate)) {
                gone = candidate;
                break;
            }
        }
        server.store().remove(gone.id);
        window.operations()->requestAction(BulkAction::Disable, {gone});
        if (ConfirmKeyActionDialog *confirm = window.operations()->confirmDialog())
            confirm->accept();
        const bool answered = waitFor([&] {
            ResponseDialog *response = window.operations()->responseDialog();
            return response && response->state() == ResponseDialog::State::Finished;
        });
        if (ResponseDialog *response = window.operations()->responseDialog();
            answered && response) {
            response->setDetailsExpanded(true);
            response->resize(720, 560);
            failures += save(response, out, u"response-dialog"_s) ? 0 : 1;
            response->close();
        } else {
            ++failures;
        }

        KeyEditorDialog editor(&client, key, &settings, &window);
        editor.resize(820, 620);
        editor.show();
        failures += save(&editor, out, u"key-editor"_s) ? 0 : 1;
        editor.hide();

        SecretDialog secret(KeyStore::newSecret(), key.id, key.name, nullptr, &window);
        secret.show();
        failures += save(&secret, out, u"secret-dialog"_s) ? 0 : 1;
        secret.done(QDialog::Accepted);

        ApiKey recent = key;
        recent.lastUsedAt = now - 2 * 60 * 60 * 1000;
        ConfirmKeyActionDialog confirm(BulkAction::Delete, {recent}, {}, now, false, &window);
        confirm.show();
        failures += save(&confirm, out, u"confirm-delete"_s) ? 0 : 1;
        confirm.reject();
    }
    return failures == 0 ? 0 : 1;
}
