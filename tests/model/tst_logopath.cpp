// Where the native file keeps its local logo (model/LogoPath.h).
#include "model/LogoPath.h"

#include <QtTest>

using namespace proserv;

class TestLogoPath : public QObject {
    Q_OBJECT

private slots:
    void rebases_data();
    void rebases();
};

void TestLogoPath::rebases_data()
{
    QTest::addColumn<QString>("logo");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty stays empty") << ""
                                       << "/a/l.json"
                                       << "/b/l.json"
                                       << "";
    QTest::newRow("absolute inside") << "/p/img/logo.png"
                                     << ""
                                     << "/p/l.json"
                                     << "img/logo.png";
    QTest::newRow("absolute beside") << "/p/logo.png"
                                     << ""
                                     << "/p/l.json"
                                     << "logo.png";
    QTest::newRow("absolute outside") << "/q/logo.png"
                                      << ""
                                      << "/p/l.json"
                                      << "/q/logo.png";
    QTest::newRow("sibling folder stays absolute") << "/p2/logo.png"
                                                   << ""
                                                   << "/p/l.json"
                                                   << "/p2/logo.png";
    QTest::newRow("untitled: absolute") << "img/logo.png"
                                        << "/p/l.json"
                                        << ""
                                        << "/p/img/logo.png";
    QTest::newRow("save as deeper") << "img/logo.png"
                                    << "/p/l.json"
                                    << "/p/img/l.json"
                                    << "logo.png";
    QTest::newRow("save as elsewhere") << "img/logo.png"
                                       << "/p/l.json"
                                       << "/q/l.json"
                                       << "/p/img/logo.png";
    QTest::newRow("dot-dot resolved") << "../img/./logo.png"
                                      << "/p/sub/l.json"
                                      << "/p/l.json"
                                      << "img/logo.png";
    QTest::newRow("same folder unchanged") << "img/logo.png"
                                           << "/p/l.json"
                                           << "/p/other.json"
                                           << "img/logo.png";
}

void TestLogoPath::rebases()
{
    QFETCH(QString, logo);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, stored);
    QCOMPARE(QString::fromStdString(logoPathFor(logo.toStdString(), from.toStdString(), to.toStdString())), stored);
}

QTEST_GUILESS_MAIN(TestLogoPath)
#include "tst_logopath.moc"
