// Clipboard: copies a secret to the system clipboard and clears it again after a delay -
// but only if the clipboard still holds what we put there, so that something the user copied
// since is left alone (as KeePassXC's Clipboard does). Also clears on destruction and when
// the application is about to quit.
#pragma once

#include <QClipboard>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace discue {

class Clipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultClearDelayMs = 30000;

    // clipboard: the application's clipboard (QGuiApplication::clipboard()); injected so
    // that tests and other owners can decide.
    explicit Clipboard(QClipboard *clipboard, QObject *parent = nullptr);
    ~Clipboard() override;

    void setClearDelay(int ms);
    int clearDelay() const { return m_clearDelayMs; }

    // Puts text on the clipboard (and the X11 selection, where there is one) and starts the
    // clear timer.
    void setText(const QString &text);
    // Clears now if the clipboard still holds our text.
    void clearIfOwned();
    bool isClearPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    QPointer<QClipboard> m_clipboard; // gone after QGuiApplication's destructor
    QTimer m_timer;
    QByteArray m_lastHash; // SHA-256 of what we copied: the secret itself is not kept
    int m_clearDelayMs = defaultClearDelayMs;
};

} // namespace discue
