// Least-privilege MongoDB users for production (mongosh, as an administrator; passwords from your secret store).
// Each MongoDB read model lives in its own database; a service's user can touch only that database.
const auth = db.getSiblingDB("kea_auth");
auth.createUser({ user: "kea_auth", pwd: process.env.KEA_AUTH_MONGO_PASSWORD,
  roles: [{ role: "readWrite", db: "kea_auth" }] });

// public-query connects twice: its projection and token store write (SPRING_MONGODB_URI), its anonymous REST API
// and query handlers only read (KEA_PUBLIC_MONGODB_READER_URI). Operators' ad-hoc reads use the reader too.
const pub = db.getSiblingDB("kea_public");
pub.createUser({ user: "kea_public_writer", pwd: process.env.KEA_PUBLIC_WRITER_PASSWORD,
  roles: [{ role: "readWrite", db: "kea_public" }] });
pub.createUser({ user: "kea_public_reader", pwd: process.env.KEA_PUBLIC_READER_PASSWORD,
  roles: [{ role: "read", db: "kea_public" }] });
