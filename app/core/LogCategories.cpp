#include "core/LogCategories.h"

Q_LOGGING_CATEGORY(lcConfig, "pkblink.config")
Q_LOGGING_CATEGORY(lcAuth, "pkblink.auth")
Q_LOGGING_CATEGORY(lcVault, "pkblink.vault")
Q_LOGGING_CATEGORY(lcAccounts, "pkblink.accounts")
Q_LOGGING_CATEGORY(lcPkb, "pkblink.pkb")
Q_LOGGING_CATEGORY(lcLink, "pkblink.link")
Q_LOGGING_CATEGORY(lcUi, "pkblink.ui")
