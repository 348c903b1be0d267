# An SMTP sink for the real-client suite: accepts every message on a loopback port and writes it,
# with its envelope, to DIR/NNNN.eml. Run with /usr/bin/python3 (Debian's python3-aiosmtpd).
# Usage: sink.py HOST PORT DIR [DOMAIN,...]   (stops when its stdin closes)
# With DOMAINs it behaves like the commission's plain SMTP server without SMTP-AUTH: it accepts
# recipients in those domains only and refuses others as an MTA refuses to relay (554 5.7.1; the
# reply text is Postfix's wording, an example: the real server's text may differ).
import os, sys
from aiosmtpd.controller import Controller

host, port, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
domains = [d.lower() for d in sys.argv[4].split(',')] if len(sys.argv) > 4 else None
count = 0

class Sink:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if domains is not None and address.rpartition('@')[2].lower() not in domains:
            return '554 5.7.1 <%s>: Relay access denied' % address
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        global count
        count += 1
        path = os.path.join(outdir, '%04d.eml' % count)
        with open(path + '.tmp', 'wb') as f:
            f.write(('X-Sink-From: %s\nX-Sink-To: %s\n' % (envelope.mail_from, ','.join(envelope.rcpt_tos))).encode())
            f.write(envelope.original_content or envelope.content)
        os.rename(path + '.tmp', path)
        return '250 OK stored'

controller = Controller(Sink(), hostname=host, port=port)
controller.start()
print('ready', flush=True)
try:
    # Run until the parent closes our stdin (it also closes when the parent dies).
    sys.stdin.read()
finally:
    controller.stop()
