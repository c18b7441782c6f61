// Decoded<T>: the outcome of decoding untrusted bytes - a value, or an error that names
// what was wrong and where. Decoders never throw and never hand out a half-filled value.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace discue {

struct CodecError
{
    // JSON path of the offending element, e.g. "api_keys[3].scopes[0].access"; empty for
    // errors of the document as a whole.
    QString field;
    // Byte offset into the input where known, else -1.
    qint64 position = -1;
    // One translated sentence.
    QString message;

    // "api_keys[3].scopes[0].access: expected a string (byte 812)"
    QString toString() const;
    bool operator==(const CodecError &other) const = default;
};

template<typename T> class Decoded
{
public:
    Decoded(T value)
        : m_value(std::move(value))
    {}
    Decoded(CodecError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const CodecError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    CodecError m_error;
};

} // namespace discue
