#include "accounts/LinkRecord.h"

QString LinkRecord::stateName(LinkState state)
{
    switch (state) {
    case LinkState::NotLinked:
        return QStringLiteral("not_linked");
    case LinkState::Linked:
        return QStringLiteral("linked");
    case LinkState::GrantAgain:
        return QStringLiteral("grant_again");
    }
    return QStringLiteral("not_linked");
}

std::optional<LinkState> LinkRecord::stateFromName(const QString &name)
{
    for (const LinkState state :
         { LinkState::NotLinked, LinkState::Linked, LinkState::GrantAgain }) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}
