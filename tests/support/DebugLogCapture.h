// DebugLogCapture: while it lives, every logging category is on at debug level - except Qt
// HttpServer's request dump, kept off as in every program that runs an emulator - and every
// message from any thread is collected, so that secret-hygiene tests can search everything
// that was logged.
#pragma once

#include "EmulatorLogging.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QString>

namespace discue::test {

class DebugLogCapture
{
public:
    DebugLogCapture()
    {
        current() = this;
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        silenceHttpServerRequestLogging();
        m_previous = qInstallMessageHandler(&DebugLogCapture::capture);
    }

    ~DebugLogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        current() = nullptr;
    }

    DebugLogCapture(const DebugLogCapture &) = delete;
    DebugLogCapture &operator=(const DebugLogCapture &) = delete;

    // "category: message" lines, in the order they were logged.
    QString text() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_text;
    }

private:
    // The message handler has no user-data argument.
    static DebugLogCapture *&current()
    {
        static DebugLogCapture *capture = nullptr;
        return capture;
    }

    static void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        DebugLogCapture *self = current();
        if (!self)
            return;
        const QMutexLocker locker(&self->m_mutex);
        self->m_text += QString::fromLatin1(context.category ? context.category : "") +
                        QStringLiteral(": ") + message + u'\n';
    }

    mutable QMutex m_mutex;
    QString m_text;
    QtMessageHandler m_previous = nullptr;
};

} // namespace discue::test
