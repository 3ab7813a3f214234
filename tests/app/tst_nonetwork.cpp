// The programs never open a network connection: they do not link Qt Network,
// and under strace they make no network socket at all (proserv-check makes no
// socket of any kind; the editor only local AF_UNIX ones of the C library's
// name-service cache).
#include "ProcessRunner.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>

class TestNoNetwork : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noQtNetwork_data();
    void noQtNetwork();
    void checkMakesNoSocket();
    void editorMakesNoNetworkSocket();

private:
    QString trace(const QString& program, const QStringList& arguments);
    QTemporaryDir m_dir;
};

void TestNoNetwork::initTestCase()
{
    const QString missing = proserv::test::missingProgram(QStringLiteral("strace"), QStringLiteral("strace"));
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
}

void TestNoNetwork::noQtNetwork_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("proserv-check") << QStringLiteral(PROSERV_CHECK_BINARY);
    QTest::newRow("proserv-editor") << QStringLiteral(PROSERV_EDITOR_BINARY);
}

void TestNoNetwork::noQtNetwork()
{
    QFETCH(QString, binary);
    const proserv::test::ProgramRun ldd = proserv::test::runProgram(QStringLiteral("ldd"), {binary});
    QVERIFY2(ldd.exitedWith(0), qPrintable(ldd.describe()));
    const QString libraries = ldd.outText();
    QVERIFY(libraries.contains(QStringLiteral("libQt6Core"))); // the listing is real
    QVERIFY2(!libraries.contains(QStringLiteral("libQt6Network")), qPrintable(libraries));
}

QString TestNoNetwork::trace(const QString& program, const QStringList& arguments)
{
    const QString log = m_dir.filePath(QFileInfo(program).fileName() + QStringLiteral(".strace"));
    proserv::test::ProgramOptions options;
    options.environment = {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}};
    const proserv::test::ProgramRun strace
        = proserv::test::runTraced(QStringLiteral("network"), log, program, arguments, options);
    if (!strace.exitedWith(0) && !strace.exitedWith(1)) // 1 = findings
        return QStringLiteral("<failed: %1>").arg(strace.describe());
    return QString::fromStdString(proserv::test::readBytes(log));
}

void TestNoNetwork::checkMakesNoSocket()
{
    const QString log = trace(QStringLiteral(PROSERV_CHECK_BINARY),
        {QStringLiteral("--format"), QStringLiteral("sarif"),
            proserv::test::examplePath(QStringLiteral("needs-work.proserv.json")),
            proserv::test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"))});
    QVERIFY2(!log.startsWith(QLatin1Char('<')), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("+++ exited with")), qPrintable(log)); // strace did trace it
    QVERIFY2(!log.contains(QStringLiteral("socket(")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("connect(")), qPrintable(log));
}

void TestNoNetwork::editorMakesNoNetworkSocket()
{
    const QString dump = m_dir.filePath(QStringLiteral("dump.proserv.json"));
    const QString log = trace(QStringLiteral(PROSERV_EDITOR_BINARY),
        {proserv::test::examplePath(QStringLiteral("needs-work.proserv.json")), QStringLiteral("--test-dump-listing"),
            dump});
    QVERIFY2(!log.startsWith(QLatin1Char('<')), qPrintable(log));
    QVERIFY(QFile::exists(dump)); // it really ran: opened, validated, wrote
    for (const char* family : {"AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK"})
        QVERIFY2(!log.contains(QString::fromLatin1(family)), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestNoNetwork)
#include "tst_nonetwork.moc"
