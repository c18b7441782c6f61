#include "ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "discue.models", QtInfoMsg)
