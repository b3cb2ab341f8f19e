// TLS modes of a connection against a sandbox server that has (or lacks) a certificate.
#include "common/Sandbox.h"

using namespace dts;
using namespace dts::test;

class TstTls : public QObject {
    Q_OBJECT
    QTemporaryDir m_certs;
    std::unique_ptr<LocalServer> m_tls, m_plain;

    void openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_certs.path());
        p.start("openssl", args);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    QString path(const char *name) const { return m_certs.filePath(QLatin1String(name)); }

    QString connectError(Endpoint e)
    {
        try {
            Connection c(e, ConnectOptions{.role = "source"});
        } catch (const Error &err) {
            return err.describe();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A CA, a server certificate for 127.0.0.1 signed by it, and a second unrelated CA.
        openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=dts test CA", "-keyout",
                 "ca.key", "-out", "ca.pem"});
        openssl({"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out",
                 "server.csr"});
        QFile ext(path("san.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        ext.close();
        openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
                 "-extfile", "san.ext", "-out", "server.pem"});
        openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=other CA", "-keyout",
                 "other.key", "-out", "other.pem"});

        LocalServer::Options o;
        o.name = "tls";
        o.extraArgs = {"--ssl-ca=" + path("ca.pem"), "--ssl-cert=" + path("server.pem"), "--ssl-key=" + path("server.key")};
        m_tls = std::make_unique<LocalServer>(o);
        m_tls->start();
        LocalServer::Options p;
        p.name = "plain";
        p.serverId = 2;
        p.extraArgs = {"--skip-ssl"};
        m_plain = std::make_unique<LocalServer>(p);
        m_plain->start();
    }

    void requiredUsesTls()
    {
        Endpoint e = endpointOf(*m_tls);
        e.tls = TlsMode::Required;
        Connection c(e, ConnectOptions{.role = "source"});
        const auto rs = c.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
        QVERIFY2(!rs.rows.value(0).value(1).toString().isEmpty(), "the session is not encrypted");
    }

    void requiredFailsWithoutServerTls()
    {
        Endpoint e = endpointOf(*m_plain);
        e.tls = TlsMode::Required;
        const QString err = connectError(e);
        QVERIFY2(!err.isEmpty(), "a plain connection was accepted although TLS is required");
        QVERIFY2(err.contains(QStringLiteral("127.0.0.1:%1").arg(m_plain->port())) && err.contains("TLS is required"), qPrintable(err));
    }

    void verifyCaAcceptsTheRightCa()
    {
        Endpoint e = endpointOf(*m_tls);
        e.tls = TlsMode::VerifyCa;
        e.tlsCa = path("ca.pem");
        Connection c(e, ConnectOptions{.role = "source"});
        QVERIFY(!c.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")).rows.value(0).value(1).toString().isEmpty());
    }

    void verifyCaRejectsAnotherCa()
    {
        Endpoint e = endpointOf(*m_tls);
        e.tls = TlsMode::VerifyCa;
        e.tlsCa = path("other.pem");
        const QString err = connectError(e);
        QVERIFY2(!err.isEmpty(), "a server certificate from an unknown CA was accepted");
        QVERIFY2(err.contains("cannot connect"), qPrintable(err));
    }

    void disabledStaysPlain()
    {
        Connection c(endpointOf(*m_tls), ConnectOptions{.role = "source"});
        QVERIFY(c.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")).rows.value(0).value(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
