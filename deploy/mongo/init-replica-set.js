// MongoDB healthcheck that also initiates the replica set (run by compose every few seconds):
//
//   mongosh --quiet --norc --file /etc/portail/mongo/init-replica-set.js
//
// The services connect with ?replicaSet=rs0, which needs an initiated replica set with a
// primary. On the very first start the set is not initiated yet: initiate it with the single
// member `mongo:27017` (the compose service name, resolvable by every service). Healthy means
// "this node is the writable primary", so services only start once writes are possible.
// Idempotent: later runs find the set initiated and only check the primary.
const RS_NAME = 'rs0';
const MEMBER_HOST = 'mongo:27017';

try {
  rs.status();
} catch (e) {
  // 94 NotYetInitialized: fresh data directory, no replica-set config yet.
  if (e.code === 94 || e.codeName === 'NotYetInitialized') {
    print(`initiating replica set ${RS_NAME} with member ${MEMBER_HOST}`);
    rs.initiate({ _id: RS_NAME, members: [{ _id: 0, host: MEMBER_HOST }] });
  } else {
    print(`replica set status unavailable: ${e.message}`);
    quit(1);
  }
}

const hello = db.adminCommand({ hello: 1 });
if (hello.setName !== RS_NAME || !hello.isWritablePrimary) {
  print(`not ready: setName=${hello.setName} isWritablePrimary=${hello.isWritablePrimary}`);
  quit(1);
}
quit(0);
