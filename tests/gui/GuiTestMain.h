// main() for the editor's GUI tests: the real application identity and style,
// the offscreen platform, and settings, recent files and recovery snapshots in
// temporary folders so a test run never touches the user's.
#pragma once

#include "app/EditorApplication.h"
#include "qtsupport/Translation.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

#define PROSERV_GUI_TEST_MAIN(TestClass)                                                                               \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        QTemporaryDir config;                                                                                          \
        QTemporaryDir data;                                                                                            \
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());                                                       \
        qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());                                                           \
        qputenv("QT_QPA_PLATFORM", "offscreen");                                                                       \
        QApplication app(argc, argv);                                                                                  \
        proserv::setApplicationIdentity();                                                                             \
        proserv::installTranslations(QLocale::system()); /* as editor_main.cpp does */                                 \
        QCoreApplication::setApplicationName(QStringLiteral("proserv-editor-test"));                                   \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
