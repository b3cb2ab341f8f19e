#pragma once
// Work that may wait on a server runs on a pool thread; its result comes back to the GUI thread.
#include <QFutureWatcher>
#include <QtConcurrent>

namespace dts::ui {

// Runs `work` on a pool thread and `done` with its result on the GUI thread (if `owner` still lives).
template <typename T, typename Work, typename Done>
QFutureWatcher<T> *runAsync(QObject *owner, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        if (!watcher->isCanceled())
            done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(work));
    return watcher;
}

}  // namespace dts::ui
