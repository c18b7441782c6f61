// SmokeRun: the --smoke check for packages and the start-up benchmark - wait until the
// window's table is filled from the server and the window has painted it, print the number
// of keys and quit with 0; quit non-zero with a message when the list fails or nothing
// arrives in time.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace discue {

class MainWindow;

class SmokeRun : public QObject
{
    Q_OBJECT

public:
    SmokeRun(MainWindow *window, int timeoutMs, QObject *parent = nullptr);

Q_SIGNALS:
    // exitCode 0: the keys were listed; message: what to print (stdout on success).
    void done(int exitCode, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<MainWindow> m_window;
    QTimer m_timeout;
    bool m_filled = false;
};

} // namespace discue
