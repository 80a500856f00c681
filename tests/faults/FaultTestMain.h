#pragma once

#include "PrivateKeyring.h"

#include <QApplication>
#include <QtTest>

#include <cstdio>

// main() of the fault suites: a keyring of their own (they lock it, pause it, stop it) on a bus
// of their own, set up before the application object exists, then the tests.
#define PKBLINK_FAULT_TEST_MAIN(TestClass)                                                         \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        PrivateKeyring keyring;                                                                    \
        if (!keyring.start()) {                                                                    \
            std::fprintf(stderr, "private keyring: %s\n", qPrintable(keyring.errorString()));      \
            return 1;                                                                              \
        }                                                                                          \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestClass tc(&keyring);                                                                    \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
