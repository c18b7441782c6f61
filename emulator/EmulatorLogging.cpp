#include "EmulatorLogging.h"

namespace discue {
Q_LOGGING_CATEGORY(lcEmulator, "discue.emulator")
}
