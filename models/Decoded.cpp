#include "Decoded.h"

namespace discue {

QString CodecError::toString() const
{
    QString text = field.isEmpty() ? message : field + u": " + message;
    if (position >= 0)
        text += u' ' + QCoreApplication::translate("CodecError", "(byte %1)").arg(position);
    return text;
}

} // namespace discue
