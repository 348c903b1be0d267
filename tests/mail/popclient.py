# A plain POP3 client for the suite (stands in for "a mailer without SSL" behind stunnel, and
# probes refusals). Usage: popclient.py HOST PORT user|apop USER PASSWORD [tls CAFILE SERVERNAME]
# Prints "+OK login" and each message's Subject, or "-ERR ..." and exits 1.
import poplib, ssl, sys

host, port, mode, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
try:
    if len(sys.argv) > 6 and sys.argv[6] == 'tls':
        servername = sys.argv[8]

        class NamedPOP3_SSL(poplib.POP3_SSL):
            # Connect to HOST (an IP) but verify the certificate for SERVERNAME.
            def _create_socket(self, timeout):
                sock = poplib.POP3._create_socket(self, timeout)
                return self.context.wrap_socket(sock, server_hostname=servername)

        conn = NamedPOP3_SSL(host, port, context=ssl.create_default_context(cafile=sys.argv[7]), timeout=10)
    else:
        conn = poplib.POP3(host, port, timeout=10)
    if mode == 'apop':
        conn.apop(user, password)
    else:
        conn.user(user)
        conn.pass_(password)
    print('+OK login')
    count, _ = conn.stat()
    for i in range(1, count + 1):
        for line in conn.retr(i)[1]:
            if line.lower().startswith(b'subject:'):
                print(line.decode('utf-8', 'replace'))
    conn.quit()
except (poplib.error_proto, OSError) as e:
    print('-ERR', e)
    sys.exit(1)
