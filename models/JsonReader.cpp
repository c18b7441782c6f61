#include "JsonReader.h"

#include <QVarLengthArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

using simdjson::dom::element_type;

// Member names come from the input; a hostile one must not make the message huge.
constexpr qsizetype maxPathSegment = 64;

} // namespace

QString JsonPath::toString() const
{
    QVarLengthArray<const JsonPath *, 16> chain;
    for (const JsonPath *node = this; node; node = node->parent)
        chain.append(node);
    QString text;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const JsonPath *node = *it;
        if (node->index >= 0) {
            text += u'[' + QString::number(node->index) + u']';
        } else if (!node->key.empty()) {
            if (!text.isEmpty())
                text += u'.';
            QString segment = JsonReader::fromUtf8(node->key);
            if (segment.size() > maxPathSegment)
                segment = segment.left(maxPathSegment) + u"…";
            text += segment;
        }
    }
    return text;
}

MaybeError JsonReader::parse(QByteArrayView json)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; the copy provides them.
    m_input = simdjson::padded_string(json.data(), size_t(json.size()));
    const simdjson::error_code code = m_parser.parse(m_input).get(m_root);
    if (code == simdjson::SUCCESS)
        return std::nullopt;
    // simdjson reports a cut-off document as a generic structure error; say what it is.
    if ((code == simdjson::TAPE_ERROR || code == simdjson::INCOMPLETE_ARRAY_OR_OBJECT ||
         code == simdjson::UNCLOSED_STRING) &&
        endsInsideAValue(json)) {
        return CodecError{QString(), json.size(),
                          tr("The JSON ends before it is complete (truncated?).")};
    }
    return CodecError{QString(), -1, parseErrorMessage(code)};
}

bool JsonReader::endsInsideAValue(QByteArrayView json)
{
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    return inString || depth > 0;
}

QString JsonReader::parseErrorMessage(simdjson::error_code code)
{
    switch (code) {
    case simdjson::EMPTY:
        return tr("The body is empty; a JSON document was expected.");
    case simdjson::UTF8_ERROR:
        return tr("The body is not valid UTF-8.");
    case simdjson::DEPTH_ERROR:
        return tr("The JSON nests deeper than %1 levels.").arg(simdjson::DEFAULT_MAX_DEPTH);
    case simdjson::CAPACITY:
    case simdjson::MEMALLOC:
        return tr("The body is too large to read.");
    case simdjson::UNCLOSED_STRING:
        return tr("A string in the JSON is never closed.");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return tr("The JSON ends before it is complete (truncated?).");
    case simdjson::TAPE_ERROR:
        return tr("The body is not valid JSON: a comma, colon, brace or bracket is missing or "
                  "out of place.");
    case simdjson::STRING_ERROR:
        return tr("The body is not valid JSON: a string contains an invalid escape.");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return tr("The body is not valid JSON: a value is neither true, false, null, a number, "
                  "a string, an array nor an object.");
    case simdjson::UNESCAPED_CHARS:
        return tr("The JSON contains a control character inside a string.");
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return tr("The JSON contains a malformed or out-of-range number.");
    case simdjson::TRAILING_CONTENT:
        return tr("The JSON document is followed by more content.");
    default:
        break;
    }
    return tr("The body is not valid JSON (%1).")
        .arg(QString::fromLatin1(simdjson::error_message(code)));
}

CodecError JsonReader::error(const JsonPath &path, QString message)
{
    return CodecError{path.toString(), -1, std::move(message)};
}

QString JsonReader::describe(simdjson::dom::element element)
{
    switch (element.type()) {
    case element_type::ARRAY:
        return tr("an array");
    case element_type::OBJECT:
        return tr("an object");
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return tr("a number");
    case element_type::STRING:
        return tr("a string");
    case element_type::BOOL:
        return tr("true or false");
    case element_type::NULL_VALUE:
        return tr("null");
    }
    return tr("something else");
}

CodecError JsonReader::typeError(const JsonPath &path, simdjson::dom::element found,
                                 const QString &expected)
{
    return error(path, tr("Expected %1, found %2.").arg(expected, describe(found)));
}

MaybeError JsonReader::readObject(simdjson::dom::element element, const JsonPath &path,
                                  simdjson::dom::object &out)
{
    if (element.get_object().get(out) != simdjson::SUCCESS)
        return typeError(path, element, anObject());
    return std::nullopt;
}

MaybeError JsonReader::readArray(simdjson::dom::element element, const JsonPath &path,
                                 simdjson::dom::array &out)
{
    if (element.get_array().get(out) != simdjson::SUCCESS)
        return typeError(path, element, anArray());
    return std::nullopt;
}

MaybeError JsonReader::readStringView(simdjson::dom::element element, const JsonPath &path,
                                      std::string_view &out, qsizetype maxBytes)
{
    if (element.get_string().get(out) != simdjson::SUCCESS)
        return typeError(path, element, aString());
    if (qsizetype(out.size()) > maxBytes) {
        return error(path, tr("The text is %1 bytes long; at most %2 are accepted here.")
                               .arg(qsizetype(out.size()))
                               .arg(maxBytes));
    }
    return std::nullopt;
}

MaybeError JsonReader::readString(simdjson::dom::element element, const JsonPath &path,
                                  QString &out, qsizetype maxBytes)
{
    std::string_view text;
    if (MaybeError problem = readStringView(element, path, text, maxBytes))
        return problem;
    out = fromUtf8(text);
    return std::nullopt;
}

MaybeError JsonReader::readOptionalString(simdjson::dom::element element, const JsonPath &path,
                                          QString &out, qsizetype maxBytes)
{
    if (isNull(element)) {
        out.clear();
        return std::nullopt;
    }
    return readString(element, path, out, maxBytes);
}

MaybeError JsonReader::readTimestamp(simdjson::dom::element element, const JsonPath &path,
                                     std::optional<qint64> &out)
{
    switch (element.type()) {
    case element_type::NULL_VALUE:
        out.reset();
        return std::nullopt;
    case element_type::INT64: {
        int64_t value = 0;
        if (element.get_int64().get(value) == simdjson::SUCCESS) {
            out = value;
            return std::nullopt;
        }
        break;
    }
    case element_type::DOUBLE: {
        // Some serializers write 1.7e12; accept it when it is a whole number in range.
        double value = 0;
        if (element.get_double().get(value) == simdjson::SUCCESS && std::isfinite(value) &&
            value == std::trunc(value) && std::fabs(value) < 9.0e15) {
            out = qint64(value);
            return std::nullopt;
        }
        return error(path, tr("Expected whole epoch milliseconds, found a fractional or "
                              "out-of-range number."));
    }
    case element_type::UINT64:
        return error(path, tr("The timestamp is too large for epoch milliseconds."));
    default:
        break;
    }
    return typeError(path, element, tr("epoch milliseconds (an integer) or null"));
}

MaybeError JsonReader::readSelfLink(simdjson::dom::object document, const JsonPath &path,
                                    QString &out)
{
    out.clear();
    simdjson::dom::element links;
    if (document.at_key("_links").get(links) != simdjson::SUCCESS || isNull(links))
        return std::nullopt;
    const JsonPath linksPath = path.member("_links");
    simdjson::dom::object linksObject;
    if (MaybeError problem = readObject(links, linksPath, linksObject))
        return problem;
    simdjson::dom::element self;
    if (linksObject.at_key("self").get(self) != simdjson::SUCCESS || isNull(self))
        return std::nullopt;
    const JsonPath selfPath = linksPath.member("self");
    if (self.type() == element_type::STRING)
        return readString(self, selfPath, out, maxTextBytes);
    simdjson::dom::object selfObject;
    if (self.get_object().get(selfObject) != simdjson::SUCCESS)
        return typeError(selfPath, self, tr("an object with \"href\" or a string"));
    simdjson::dom::element href;
    if (selfObject.at_key("href").get(href) != simdjson::SUCCESS)
        return error(selfPath, tr("The link has no \"href\"."));
    return readOptionalString(href, selfPath.member("href"), out, maxTextBytes);
}

} // namespace discue
