#pragma once

#include "core/AppError.h"

#include <utility>
#include <variant>

// A value or an AppError. Core calls that can fail return this instead of a bool and a log line.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(AppError error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    T takeValue() { return std::move(std::get<T>(m_data)); }
    const AppError &error() const { return std::get<AppError>(m_data); }

private:
    std::variant<T, AppError> m_data;
};

// For calls that return nothing on success.
struct Done
{
};
using Status = Result<Done>;
