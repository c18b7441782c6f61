// The emulator layer's logging category, discue.emulator.
#pragma once

#include <QLoggingCategory>

namespace discue {
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)
}
