// JsonReader: parses untrusted bytes with simdjson and reads typed values out of the tree,
// turning every problem into a CodecError that names the JSON path and says what was wrong in
// one translated sentence. Private to the models layer: simdjson stays out of public headers.
// One reader per decode call, so decoding is reentrant; nothing here throws (simdjson's
// error-code API only).
#pragma once

#include "Decoded.h"

#include <QByteArrayView>

#include <optional>
#include <simdjson.h>
#include <string_view>

namespace discue {

using MaybeError = std::optional<CodecError>;

// Where the reader is in the document, built on the stack as it descends and turned into
// text ("api_keys[3].scopes[0].access") only when an error needs it.
struct JsonPath
{
    const JsonPath *parent = nullptr;
    std::string_view key; // member name; empty for an array element or the root
    qsizetype index = -1; // array index, or -1

    JsonPath member(std::string_view name) const { return JsonPath{this, name, -1}; }
    JsonPath element(qsizetype i) const { return JsonPath{this, {}, i}; }
    QString toString() const;
};

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // Generous limits for single values: far above anything the API sends, low enough that
    // a hostile 10 MB string is refused instead of landing in a table cell.
    static constexpr qsizetype maxFieldBytes = 4096;
    static constexpr qsizetype maxTextBytes = 64 * 1024;

    // Parses `json`; the tree stays valid as long as this reader lives.
    MaybeError parse(QByteArrayView json);
    simdjson::dom::element root() const { return m_root; }

    static CodecError error(const JsonPath &path, QString message);
    // "Expected a string, found a number."
    static CodecError typeError(const JsonPath &path, simdjson::dom::element found,
                                const QString &expected);

    static MaybeError readObject(simdjson::dom::element element, const JsonPath &path,
                                 simdjson::dom::object &out);
    static MaybeError readArray(simdjson::dom::element element, const JsonPath &path,
                                simdjson::dom::array &out);
    static MaybeError readString(simdjson::dom::element element, const JsonPath &path, QString &out,
                                 qsizetype maxBytes = maxFieldBytes);
    static MaybeError readStringView(simdjson::dom::element element, const JsonPath &path,
                                     std::string_view &out, qsizetype maxBytes = maxFieldBytes);
    // Epoch milliseconds: an integer (or an integral double), or null -> nullopt.
    static MaybeError readTimestamp(simdjson::dom::element element, const JsonPath &path,
                                    std::optional<qint64> &out);
    // A string or null -> empty.
    static MaybeError readOptionalString(simdjson::dom::element element, const JsonPath &path,
                                         QString &out, qsizetype maxBytes = maxFieldBytes);
    // `_links.self` of a document: {"href": "..."} or a bare string; absent -> empty.
    static MaybeError readSelfLink(simdjson::dom::object document, const JsonPath &path,
                                   QString &out);

    static bool isNull(simdjson::dom::element element)
    {
        return element.type() == simdjson::dom::element_type::NULL_VALUE;
    }
    static QString fromUtf8(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

    // The expected-type words for typeError().
    static QString anObject() { return tr("an object"); }
    static QString anArray() { return tr("an array"); }
    static QString aString() { return tr("a string"); }

private:
    static QString describe(simdjson::dom::element element);
    static QString parseErrorMessage(simdjson::error_code code);
    // Whether the bytes stop inside a string, object or array: a cut-off body.
    static bool endsInsideAValue(QByteArrayView json);

    simdjson::dom::parser m_parser;
    simdjson::padded_string m_input;
    simdjson::dom::element m_root;
};

} // namespace discue
