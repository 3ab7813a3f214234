// Never lose a listing: crash recovery with a real editor process killed by
// SIGKILL, and safe saves (backup, changed on disk, folder refusing renames).
#include "GuiTestMain.h"
#include "TestSupport.h"

#include "app/EditorApplication.h"
#include "model/DocumentLoader.h"
#include "model/NativeFormat.h"
#include "model/OfferFormat.h"
#include "ui/files/ChangedOnDiskBar.h"
#include "ui/document/ListingDocument.h"
#include "ui/shell/MainWindow.h"
#include "ui/document/RecoveryStore.h"
#include "ui/document/ReviewSession.h"
#include "ui/form/UserPrompts.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>

#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace proserv;

namespace {

const QString kComplete = test::examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));

QStringList snapshotsUnder(const QString& root)
{
    QStringList found;
    QDirIterator it(root, {QStringLiteral("recovery-*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

int modeOf(const QString& path)
{
    struct stat st { };
    return ::stat(path.toLocal8Bit().constData(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT

private slots:
    void init();
    void killedEditorIsRecovered();
    void killedEditorsOfferIsRecovered();
    void discardedSnapshotIsGone();
    void cleanCloseRemovesSnapshot();
    void saveKeepsBackup();
    void changedOnDiskAsksFirst();
    void changedOnDiskBarReloadsOrKeeps();
    void changedOnDiskUnderReviewReopens();
    void fifoOverTheSavedFileNeverBlocks();
    void folderRefusingRenameOffersDirectWrite();
    void fullDiskSaveKeepsEverything();
    void symlinkedListingSavesItsTarget();
    void symlinkedSidecarIsRefused();
    void snapshotOfAnEditorWithTheSamePidSurvives();
    void unreadableSnapshotIsReportedAndKept();
    void unwritableRecoveryFolderIsSaidOnce();

private:
    QProcessEnvironment childEnvironment() const;
    QProcess* startEditor(const QStringList& arguments);
    QTemporaryDir m_dir;
    QString m_data;
};

void TestRecovery::init()
{
    UserPrompts::clear();
    UserPrompts::setTesting(true);
    m_data = qEnvironmentVariable("XDG_DATA_HOME");
    for (const QString& snapshot : snapshotsUnder(m_data))
        QFile::remove(snapshot);
}

QProcessEnvironment TestRecovery::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env; // XDG_DATA_HOME / XDG_CONFIG_HOME are this test's temporary folders
}

QProcess* TestRecovery::startEditor(const QStringList& arguments)
{
    auto* editor = new QProcess(this);
    editor->setProcessEnvironment(childEnvironment());
    editor->start(QStringLiteral(PROSERV_EDITOR_BINARY), arguments);
    editor->waitForStarted();
    return editor;
}

void TestRecovery::killedEditorIsRecovered()
{
    const QString file = m_dir.filePath(QStringLiteral("listing.proserv.json"));
    QFile::remove(file);
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    const std::string original = test::readBytes(file);

    QProcess* editor
        = startEditor({file, QStringLiteral("--test-edit"), QStringLiteral("/product/title=\"Recovered title\""),
            QStringLiteral("--test-edit"), QStringLiteral("/support/responseTimeBusinessDays=2")});
    QTRY_VERIFY_WITH_TIMEOUT(!snapshotsUnder(m_data).isEmpty(), 20000);
    const QString snapshot = snapshotsUnder(m_data).first();
    QCOMPARE(modeOf(snapshot), 0600);
    QCOMPARE(modeOf(QFileInfo(snapshot).absolutePath()), 0700);
    QTRY_VERIFY(RecoveryStore::read(snapshot).has_value()); // complete, not half-written

    editor->kill(); // SIGKILL: no chance to clean up
    QVERIFY(editor->waitForFinished(10000));
    QCOMPARE(editor->exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(snapshot));
    QCOMPARE(test::readBytes(file), original); // the user's file was never touched

    const QString dump = m_dir.filePath(QStringLiteral("recovered.proserv.json"));
    QProcess* restarted = startEditor({QStringLiteral("--test-recovery-answer"), QStringLiteral("recover"),
        QStringLiteral("--test-dump-listing"), dump});
    QVERIFY(restarted->waitForFinished(30000));
    QCOMPARE(restarted->exitCode(), 0);
    Listing expected = test::loadOrFail(kComplete);
    expected.product.title = "Recovered title";
    expected.support.responseTimeBusinessDays = 2;
    QVERIFY(test::loadOrFail(dump) == expected);
    QVERIFY(!QFile::exists(snapshot)); // recovered, so gone
}

// A private offer is kept for recovery as a listing is: killed with unsaved
// edits, the next editor recovers them into the offer editor.
void TestRecovery::killedEditorsOfferIsRecovered()
{
    const QString file = m_dir.filePath(QStringLiteral("buyer.offer.json"));
    QFile::remove(file);
    QVERIFY(test::writeBytes(
        file, test::readBytes(test::examplePath(QStringLiteral("migration-readiness-upfront.offer.json")))));
    const std::string original = test::readBytes(file);

    QProcess* editor = startEditor({file, QStringLiteral("--test-edit"),
        QStringLiteral("/offer/name=\"Recovered offer name\""), QStringLiteral("--test-edit"),
        QStringLiteral("/availability/agreementDuration=\"P24M\"")});
    QTRY_VERIFY_WITH_TIMEOUT(!snapshotsUnder(m_data).isEmpty(), 20000);
    const QString snapshot = snapshotsUnder(m_data).first();
    QTRY_VERIFY(RecoveryStore::read(snapshot).has_value());
    QVERIFY(RecoveryStore::read(snapshot)->offer.has_value());
    editor->kill();
    QVERIFY(editor->waitForFinished(10000));
    QCOMPARE(test::readBytes(file), original);

    const QString dump = m_dir.filePath(QStringLiteral("recovered.offer.json"));
    QProcess* restarted = startEditor({QStringLiteral("--test-recovery-answer"), QStringLiteral("recover"),
        QStringLiteral("--test-dump-listing"), dump});
    QVERIFY(restarted->waitForFinished(30000));
    QCOMPARE(restarted->exitCode(), 0);
    const OfferLoadOutcome recovered = loadOfferFile(dump.toStdString());
    QVERIFY(recovered.ok());
    QCOMPARE(recovered.document->offer.offer.name, std::string("Recovered offer name"));
    QCOMPARE(recovered.document->offer.availability.agreementDuration, std::string("P24M"));
    QVERIFY(!QFile::exists(snapshot));
}

void TestRecovery::discardedSnapshotIsGone()
{
    QProcess* editor = startEditor({kComplete, QStringLiteral("--test-edit"), QStringLiteral("/product/sku=\"LOST\"")});
    QTRY_VERIFY_WITH_TIMEOUT(!snapshotsUnder(m_data).isEmpty(), 20000);
    editor->kill();
    editor->waitForFinished(10000);
    const QString dump = m_dir.filePath(QStringLiteral("after-discard.proserv.json"));
    QProcess* restarted = startEditor({QStringLiteral("--test-recovery-answer"), QStringLiteral("discard"),
        QStringLiteral("--test-dump-listing"), dump});
    QVERIFY(restarted->waitForFinished(30000));
    QVERIFY(snapshotsUnder(m_data).isEmpty());
    QVERIFY(test::loadOrFail(dump) == Listing {}); // nothing was recovered
}

void TestRecovery::cleanCloseRemovesSnapshot()
{
    MainWindow window;
    QVERIFY(window.openFile(kComplete));
    QVERIFY(window.document()->setField("/product/sku", "X", QStringLiteral("edit")));
    window.recovery()->writeNow();
    QVERIFY(QFile::exists(window.recovery()->snapshotPath()));
    // A running editor's own snapshot is not offered to itself or others as an orphan.
    const RecoveryStore anotherEditor(window.document());
    QVERIFY(anotherEditor.orphans().isEmpty());
    UserPrompts::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
    QVERIFY(!QFile::exists(window.recovery()->snapshotPath()));
}

void TestRecovery::saveKeepsBackup()
{
    const QString file = m_dir.filePath(QStringLiteral("backup.proserv.json"));
    QFile::remove(file);
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    MainWindow window;
    QVERIFY(window.openFile(file));
    window.findChild<QLineEdit*>(QStringLiteral("/product/sku"))->setText(QString());
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("/product/sku")), QStringLiteral("V2"));
    QVERIFY(window.save());
    QCOMPARE(test::readBytes(file + QStringLiteral("~")), test::readBytes(kComplete));
    QCOMPARE(test::loadOrFail(file).product.sku, std::string("V2"));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("backup.proserv.json*")}, QDir::Files).size()
        == 2); // no temp left
}

void TestRecovery::changedOnDiskAsksFirst()
{
    const QString file = m_dir.filePath(QStringLiteral("shared.proserv.json"));
    QFile::remove(file);
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    MainWindow window;
    QVERIFY(window.openFile(file));
    QVERIFY(window.document()->setField("/product/sku", "MINE", QStringLiteral("edit")));
    Listing theirs = test::loadOrFail(file);
    theirs.product.sku = "THEIRS";
    QVERIFY(test::writeBytes(file, serializeNative(theirs))); // another program saves meanwhile

    UserPrompts::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.save());
    QCOMPARE(UserPrompts::shownMessages().last(), QStringLiteral("File changed on disk"));
    QCOMPARE(test::loadOrFail(file).product.sku, std::string("THEIRS"));
    QVERIFY(window.document()->isModified());

    UserPrompts::setNextAnswer(QMessageBox::Save);
    QVERIFY(window.save());
    QCOMPARE(test::loadOrFail(file).product.sku, std::string("MINE"));
    QCOMPARE(test::loadOrFail(file + QStringLiteral("~")).product.sku, std::string("THEIRS"));
    QVERIFY(window.save()); // our own save is not "a change by someone else"
    QCOMPARE(UserPrompts::shownMessages().size(), 2);
}

// Another program changes the saved file while the user types: a bar says so
// without stopping the typing; Reload takes the file's content as one undoable
// step (nothing typed is lost), Keep Mine lets Save replace it without asking.
void TestRecovery::changedOnDiskBarReloadsOrKeeps()
{
    const QString file = m_dir.filePath(QStringLiteral("watched.proserv.json"));
    QFile::remove(file);
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(file));
    auto* sku = window.findChild<QLineEdit*>(QStringLiteral("/product/sku"));
    sku->setFocus();
    sku->selectAll();
    QTest::keyClicks(sku, QStringLiteral("MINE"));
    QVERIFY(window.diskBar()->isHidden());

    Listing theirs = test::loadOrFail(file);
    theirs.product.sku = "THEIRS";
    QVERIFY(test::writeBytes(file, serializeNative(theirs)));
    QTRY_VERIFY_WITH_TIMEOUT(window.diskBar()->isVisible(), 10000);
    QCOMPARE(
        window.diskBar()->message(), QStringLiteral("watched.proserv.json was changed on disk by another program."));
    QTest::keyClicks(sku, QStringLiteral("2")); // typing goes on
    QCOMPARE(sku->text(), QStringLiteral("MINE2"));

    QTest::mouseClick(window.diskBar()->reloadButton(), Qt::LeftButton);
    QVERIFY(window.diskBar()->isHidden());
    QCOMPARE(sku->text(), QStringLiteral("THEIRS"));
    QVERIFY(!window.document()->isModified());
    window.document()->undoStack()->undo(); // the reload is one step: the typing comes back
    QCOMPARE(sku->text(), QStringLiteral("MINE2"));

    theirs.product.sku = "THEIRS AGAIN";
    QVERIFY(test::writeBytes(file, serializeNative(theirs)));
    QTRY_VERIFY_WITH_TIMEOUT(window.diskBar()->isVisible(), 10000);
    QTest::mouseClick(window.diskBar()->keepButton(), Qt::LeftButton);
    QVERIFY(window.diskBar()->isHidden());
    const qsizetype asked = UserPrompts::shownMessages().size();
    QVERIFY(window.save()); // no "changed on disk" question after Keep Mine
    QCOMPARE(UserPrompts::shownMessages().size(), asked);
    QCOMPARE(test::loadOrFail(file).product.sku, std::string("MINE2"));
    QCOMPARE(test::loadOrFail(file + QStringLiteral("~")).product.sku, std::string("THEIRS AGAIN"));

    QFile::remove(file); // removed by another program: no Reload, the version in the editor stays
    QTRY_VERIFY_WITH_TIMEOUT(window.diskBar()->isVisible(), 10000);
    QVERIFY(window.diskBar()->message().contains(QStringLiteral("was removed or renamed")));
    QVERIFY(window.diskBar()->reloadButton()->isHidden());
    QCOMPARE(sku->text(), QStringLiteral("MINE2"));
    window.document()->undoStack()->setClean();
}

// Under review the document cannot be edited: Reload reads the changed file
// again, still read-only, instead of claiming a reload it could not apply.
void TestRecovery::changedOnDiskUnderReviewReopens()
{
    const QString file = m_dir.filePath(QStringLiteral("reviewed.proserv.json"));
    QFile::remove(file);
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openForReview(file));
    Listing theirs = test::loadOrFail(file);
    theirs.product.sku = "REVISED";
    QVERIFY(test::writeBytes(file, serializeNative(theirs)));
    QTRY_VERIFY_WITH_TIMEOUT(window.diskBar()->isVisible(), 10000);
    QTest::mouseClick(window.diskBar()->reloadButton(), Qt::LeftButton);
    QVERIFY(window.diskBar()->isHidden());
    QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("/product/sku"))->text(), QStringLiteral("REVISED"));
    QVERIFY(window.isReviewMode());
    QVERIFY(window.document()->isReadOnly());
}

// A FIFO renamed over the saved file: neither the watch nor Save may wait
// on it for a writer; the bar says the file is gone, Save refuses the FIFO.
void TestRecovery::fifoOverTheSavedFileNeverBlocks()
{
    const QString file = m_dir.filePath(QStringLiteral("piped.proserv.json"));
    QFile::remove(file);
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(file));
    QVERIFY(window.document()->setField("/product/sku", "MINE", QStringLiteral("edit")));
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QVERIFY(::rename(QFile::encodeName(fifo).constData(), QFile::encodeName(file).constData()) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(window.diskBar()->isVisible(), 10000);
    QVERIFY(window.diskBar()->message().contains(QStringLiteral("was removed or renamed")));
    QVERIFY(!window.save());
    QVERIFY(window.document()->isModified());
    QFile::remove(file);
    window.document()->undoStack()->setClean();
}

void TestRecovery::folderRefusingRenameOffersDirectWrite()
{
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    QDir().mkpath(folder);
    const QString file = folder + QStringLiteral("/listing.proserv.json");
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    // An immutable folder: its files can be written, but nothing can be
    // created or renamed in it, so QSaveFile's temporary file is refused.
    if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0)
        QSKIP("chattr +i is not available here (needs root and a filesystem that supports it)");
    auto unlock = qScopeGuard([&] { QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder}); });

    MainWindow window;
    QVERIFY(window.openFile(file));
    QVERIFY(window.document()->setField("/product/sku", "DIRECT", QStringLiteral("edit")));
    UserPrompts::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.save());
    QCOMPARE(UserPrompts::shownMessages().last(), QStringLiteral("Save directly?"));
    QCOMPARE(test::readBytes(file), test::readBytes(kComplete)); // untouched
    QVERIFY(window.document()->isModified());

    UserPrompts::setNextAnswer(QMessageBox::Save);
    QVERIFY(window.save());
    QCOMPARE(test::loadOrFail(file).product.sku, std::string("DIRECT"));
    QVERIFY(!window.document()->isModified());
}

// A disk that fills up while saving: with the file-size limit below the
// listing's size every write of the new file fails (EFBIG), as it would with
// ENOSPC or EDQUOT. The save is an error naming the file and the reason; the
// file, its FILE~ and the recovery snapshot are untouched; the document stays
// modified, and saving once there is room works.
void TestRecovery::fullDiskSaveKeepsEverything()
{
    const QString file = m_dir.filePath(QStringLiteral("full.proserv.json"));
    QFile::remove(file);
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    QVERIFY(test::writeBytes(file + QStringLiteral("~"), "the previous backup\n"));
    const std::string original = test::readBytes(file);

    MainWindow window;
    QVERIFY(window.openFile(file));
    auto* sku = window.findChild<QLineEdit*>(QStringLiteral("/product/sku"));
    sku->selectAll();
    QTest::keyClicks(sku, QStringLiteral("FULL-DISK"));
    window.recovery()->writeNow();
    const QString snapshot = window.recovery()->snapshotPath();
    QVERIFY(RecoveryStore::read(snapshot).has_value());
    const std::string snapshotBytes = test::readBytes(snapshot);

    struct rlimit previous { };
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing us
    struct rlimit tiny = previous;
    tiny.rlim_cur = 1024;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    const bool saved = window.save();
    window.recovery()->writeNow(); // a snapshot that cannot be written leaves the last one as it was
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!saved);
    const QStringList shown = UserPrompts::shownMessages();
    QCOMPARE(shown.size(), 2);
    const QString message = shown.first();
    QVERIFY2(message.startsWith(QStringLiteral("Save failed: ")) && message.contains(file)
            && message.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
        qPrintable(message));
    // The snapshot that could not be written is said, once, in plain words.
    QVERIFY2(shown.last().startsWith(QStringLiteral("Crash recovery is off: Your unsaved changes cannot be kept"))
            && shown.last().contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
        qPrintable(shown.last()));
    QCOMPARE(test::readBytes(file), original);
    QCOMPARE(test::readBytes(file + QStringLiteral("~")), std::string("the previous backup\n"));
    QCOMPARE(test::readBytes(snapshot), snapshotBytes);
    QVERIFY(window.document()->isModified());
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral("*full.proserv.json*")}, QDir::Files | QDir::Hidden).size(), 2);

    QVERIFY(window.save());
    QCOMPARE(test::loadOrFail(file).product.sku, std::string("FULL-DISK"));
    QCOMPARE(test::readBytes(file + QStringLiteral("~")), original);
    QVERIFY(!window.document()->isModified());
}

// A listing opened through a symbolic link is saved into the link's target,
// atomically; the link stays a link.
void TestRecovery::symlinkedListingSavesItsTarget()
{
    const QString target = m_dir.filePath(QStringLiteral("real.proserv.json"));
    const QString link = m_dir.filePath(QStringLiteral("link.proserv.json"));
    QFile::remove(target);
    QFile::remove(link);
    QVERIFY(test::writeBytes(target, test::readBytes(kComplete)));
    QVERIFY(QFile::link(target, link));
    MainWindow window;
    QVERIFY(window.openFile(link));
    QVERIFY(window.document()->setField("/product/sku", "LINKED", QStringLiteral("edit")));
    QVERIFY(window.save());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(test::loadOrFail(target).product.sku, std::string("LINKED"));
    QCOMPARE(test::readBytes(target + QStringLiteral("~")), test::readBytes(kComplete));
}

// The review sidecar's name is derived from the listing's: a symbolic link
// planted there, pointing outside the folder, is refused and never written through.
void TestRecovery::symlinkedSidecarIsRefused()
{
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("victim.txt"));
    const std::string victim = "{\"formatVersion\": 1, \"comments\": []}\n";
    QVERIFY(test::writeBytes(target, victim));
    const QString file = m_dir.filePath(QStringLiteral("planted.proserv.json"));
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".review.json"));
    QVERIFY(test::writeBytes(file, test::readBytes(kComplete)));
    QVERIFY(QFile::link(target, file + QStringLiteral(".review.json")));

    MainWindow window;
    QVERIFY(window.openFile(file));
    ReviewSession review(window.document());
    review.load(file);
    const QString error = review.addComment("/product/title", "", CommentKind::Suggestion, QStringLiteral("Shorter?"));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QCOMPARE(test::readBytes(target), victim);
    QVERIFY(QFileInfo(file + QStringLiteral(".review.json")).isSymLink());
}

PROSERV_GUI_TEST_MAIN(TestRecovery)

#include "tst_recovery.moc"

namespace {

// A snapshot as a crashed editor leaves it.
void writeSnapshot(const QString& path, const std::string& sku)
{
    Listing listing = test::loadOrFail(kComplete);
    listing.product.sku = sku;
    Json snapshot = {{"formatVersion", 1}, {"sourcePath", ""}, {"savedAt", "2026-12-01T10:00:00Z"},
        {"listing", toNativeJson(listing)}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(test::writeBytes(path, snapshot.dump()));
}

} // namespace

// PIDs are reused after a reboot and repeat on machines sharing a home
// folder: a crashed editor's snapshot named by this process's ID (as the
// earlier scheme named them) is neither written over nor deleted by this
// editor's clean exit, and is offered to the next one.
void TestRecovery::snapshotOfAnEditorWithTheSamePidSurvives()
{
    const QString crashed = QDir(RecoveryStore::folder())
                                .filePath(QStringLiteral("recovery-%1.json").arg(QCoreApplication::applicationPid()));
    writeSnapshot(crashed, "CRASHED");
    const std::string crashedBytes = test::readBytes(crashed);
    {
        MainWindow window;
        QVERIFY(window.openFile(kComplete));
        QVERIFY(window.document()->setField("/product/sku", "MINE", QStringLiteral("edit")));
        window.recovery()->writeNow();
        QVERIFY(window.recovery()->snapshotPath() != crashed);
        QVERIFY(QFile::exists(window.recovery()->snapshotPath()));
        UserPrompts::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
        QVERIFY(!QFile::exists(window.recovery()->snapshotPath()));
    }
    QCOMPARE(test::readBytes(crashed), crashedBytes);
    MainWindow next;
    const QList<RecoverySnapshot> offered = next.recovery()->orphans();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().path, crashed);
    QCOMPARE(offered.first().listing.product.sku, std::string("CRASHED"));
}

// A snapshot that cannot be read (damaged, or over the read cap) is said,
// with its reason and place, and stays on disk.
void TestRecovery::unreadableSnapshotIsReportedAndKept()
{
    const QString damaged = QDir(RecoveryStore::folder()).filePath(QStringLiteral("recovery-damaged.json"));
    QDir().mkpath(RecoveryStore::folder());
    QVERIFY(test::writeBytes(damaged, "{\"formatVersion\": 1, \"listing\": "));
    const QString huge = QDir(RecoveryStore::folder()).filePath(QStringLiteral("recovery-huge.json"));
    QFile sparse(huge);
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize(qint64(kMaxDocumentBytes) + 1));
    sparse.close();

    MainWindow window;
    QVERIFY(!window.offerRecovery());
    const QStringList shown = UserPrompts::shownMessages();
    QCOMPARE(shown.filter(QStringLiteral("Recovery snapshot not readable")).size(), 2);
    QVERIFY2(shown.filter(QStringLiteral("it is not valid JSON")).first().contains(damaged), qPrintable(shown.join('|')));
    QVERIFY2(shown.filter(QStringLiteral("it is 16 MiB, over the 16 MiB this program reads")).first().contains(huge),
        qPrintable(shown.join('|')));
    QVERIFY(QFile::exists(damaged));
    QVERIFY(QFile::exists(huge));
    QFile::remove(damaged);
    QFile::remove(huge);
}

// Where no snapshot can be written (here a file stands where the recovery
// folder should be, which stops root too), the user is told once, not on
// every snapshot.
void TestRecovery::unwritableRecoveryFolderIsSaidOnce()
{
    const QString folder = RecoveryStore::folder();
    QDir(folder).removeRecursively();
    QVERIFY(test::writeBytes(folder, "not a folder\n"));
    auto restore = qScopeGuard([&] { QFile::remove(folder); });
    MainWindow window;
    QVERIFY(window.openFile(kComplete));
    for (const char* sku : {"A", "B", "C"}) {
        QVERIFY(window.document()->setField("/product/sku", sku, QStringLiteral("edit")));
        window.recovery()->writeNow();
    }
    const QStringList said = UserPrompts::shownMessages().filter(QStringLiteral("Crash recovery is off"));
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(QStringLiteral("Your unsaved changes cannot be kept for recovery after a crash")),
        qPrintable(said.first()));
    UserPrompts::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
}
