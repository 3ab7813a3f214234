// One way for every test to start a program: environment additions, standard
// input, a time limit, and the output kept as bytes. `strace` runs wrap the
// same call, so the sanitizer note lives here once.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>
#include <vector>

namespace proserv::test {

struct ProgramOptions {
    std::vector<std::pair<QString, QString>> environment; // added to (or replacing in) the test's own
    QStringList unset; // removed from the environment
    QByteArray input; // written to standard input, which is then closed
    bool mergeChannels = false; // standard error into out
    int timeoutMs = 60000;
    QString workingDirectory; // empty: the test's own
};

struct ProgramRun {
    bool finished = false; // ended by itself, within the time limit
    bool crashed = false;
    int status = -1; // the exit code when it finished normally
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    bool exitedWith(int code) const { return finished && !crashed && status == code; }
    // For QVERIFY2: how it ended and what it said.
    QString describe() const
    {
        return QStringLiteral("finished=%1 crashed=%2 status=%3\nstdout: %4\nstderr: %5")
            .arg(finished)
            .arg(crashed)
            .arg(status)
            .arg(outText().left(2000), errText().left(2000));
    }
};

inline ProgramRun runProgram(const QString& program, const QStringList& arguments, const ProgramOptions& options = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings, recent files and recovery snapshots of a test's programs live
    // in folders of the test run (a GUI test's own, else one made here): a
    // user's snapshot must never meet a test with a "Recover?" prompt.
    static const QTemporaryDir home;
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        if (!env.contains(QLatin1String(name)))
            env.insert(QLatin1String(name), home.filePath(QLatin1String(name)));
    for (const QString& name : options.unset)
        env.remove(name);
    for (const auto& [name, value] : options.environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (options.mergeChannels)
        process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    ProgramRun run;
    run.finished = process.waitForFinished(options.timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.status = run.finished && !run.crashed ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Runs `program` under `strace -f -e trace=SYSCALLS -o log`. LeakSanitizer
// stops threads with ptrace, which strace already holds: in a sanitized build
// the child checks memory errors, not leaks.
inline ProgramRun runTraced(const QString& syscalls, const QString& log, const QString& program,
    const QStringList& arguments, ProgramOptions options = {})
{
    options.environment.emplace_back(
        QStringLiteral("ASAN_OPTIONS"), qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":detect_leaks=0"));
    if (options.timeoutMs < 120000)
        options.timeoutMs = 120000; // strace slows the start
    return runProgram(QStringLiteral("strace"),
        QStringList {QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=") + syscalls,
            QStringLiteral("-o"), log, program}
            + arguments,
        options);
}

// Empty when `name` is on PATH; otherwise what to install, for QFAIL/QSKIP.
inline QString missingProgram(const QString& name, const QString& package)
{
    if (!QStandardPaths::findExecutable(name).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed (Debian package %2); run packaging/setup.sh").arg(name, package);
}

} // namespace proserv::test
