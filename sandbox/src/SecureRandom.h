#pragma once

#include <QString>

namespace SecureRandom {
// `bytes` random bytes from the system generator, base64url without padding.
QString token(int bytes);
} // namespace SecureRandom
