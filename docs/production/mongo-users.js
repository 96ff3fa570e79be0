// Least-privilege MongoDB users for production (mongosh, as an administrator; passwords from your secret store).
// Each MongoDB read model lives in its own database; a service's user can touch only that database.
const auth = db.getSiblingDB("kea_auth");
auth.createUser({ user: "kea_auth", pwd: process.env.KEA_AUTH_MONGO_PASSWORD,
  roles: [{ role: "readWrite", db: "kea_auth" }] });

const pub = db.getSiblingDB("kea_public");
pub.createUser({ user: "kea_public", pwd: process.env.KEA_PUBLIC_MONGO_PASSWORD,
  roles: [{ role: "readWrite", db: "kea_public" }] });
// Read-only user for operators and ad-hoc reporting on the public catalog.
pub.createUser({ user: "kea_public_reader", pwd: process.env.KEA_PUBLIC_READER_PASSWORD,
  roles: [{ role: "read", db: "kea_public" }] });
