#include "sandbox/SandboxPair.h"

#include "common/Error.h"
#include "common/Log.h"
#include "mysql/Connection.h"
#include "sandbox/SampleData.h"

namespace dts::sandbox {

Endpoint endpointOf(const LocalServer &s)
{
    Endpoint e;
    e.host = s.host();
    e.port = s.port();
    e.user = s.user();
    e.password = s.password();
    return e;
}

SandboxPair::SandboxPair(double scale)
{
    LocalServer::Options so;
    so.name = QStringLiteral("source");
    so.serverId = 1;
    LocalServer::Options dopt;
    dopt.name = QStringLiteral("destination");
    dopt.serverId = 2;
    m_source = std::make_unique<LocalServer>(so);
    m_destination = std::make_unique<LocalServer>(dopt);
    m_source->start();
    m_destination->start();
    createShopDatabase(*m_source, scale);
}

SandboxPair::~SandboxPair() { stopWriteLoad(); }

TaskSpec SandboxPair::task(bool incremental) const
{
    TaskSpec task;
    task.name = QStringLiteral("sandbox shop");
    task.source = endpointOf(*m_source);
    task.destinationEngine = QStringLiteral("mysql");
    task.destination = endpointOf(*m_destination);
    task.syncIncremental = incremental;
    task.objects << DatabaseSelection{QStringLiteral("shop"), {}, {}};
    return task;
}

void SandboxPair::startWriteLoad(int perSecond)
{
    if (m_load.joinable())
        return;
    m_stop = false;
    const Endpoint e = endpointOf(*m_source);
    m_load = std::thread([this, e, perSecond] {
        std::unique_ptr<Connection> c;
        qint64 i = 0;
        const auto pause = std::chrono::milliseconds(1000 / qMax(1, perSecond));
        while (!m_stop) {
            try {
                if (!c)
                    c = std::make_unique<Connection>(e, ConnectOptions{.role = QStringLiteral("source")});
                ++i;
                c->exec(QByteArrayLiteral("START TRANSACTION"));
                c->exec(QStringLiteral("INSERT INTO shop.orders (id, customer_id, status, total, placed_at, tiny, small, ubig, sbig) "
                                       "SELECT MAX(id) + 1, 1, 'new', %1, NOW(6), 1, 1, 1, 1 FROM shop.orders")
                            .arg(10 + i % 90));
                c->exec(QStringLiteral("UPDATE shop.orders SET status = 'shipped' WHERE id = %1").arg(1 + (i * 7) % 5000));
                if (i % 10 == 0)  // a table without a key changes too
                    c->exec(QByteArrayLiteral("INSERT INTO shop.audit_log VALUES (NOW(), 'sandbox', 'update', 'write load')"));
                c->exec(QByteArrayLiteral("COMMIT"));
                ++m_writes;
            } catch (const Error &err) {
                log()->warn("sandbox write load: {}", str(err.message()));
                c.reset();
            }
            std::this_thread::sleep_for(pause);
        }
    });
}

void SandboxPair::stopWriteLoad()
{
    m_stop = true;
    if (m_load.joinable())
        m_load.join();
}

}  // namespace dts::sandbox
