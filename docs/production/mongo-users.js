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

// command-side stores uploaded model images in public-query's database (KEA_IMAGES_MONGODB_URI), GridFS bucket
// "images" (images.files, images.chunks), which public-query's reader serves. It may read and add there, and remove
// the chunks of an upload that lost a race for the same bytes; nothing else in kea_public.
pub.createRole({ role: "kea_images_writer", roles: [], privileges: [
  { resource: { db: "kea_public", collection: "images.files" },
    actions: ["find", "insert", "createIndex", "listIndexes"] },
  { resource: { db: "kea_public", collection: "images.chunks" },
    actions: ["find", "insert", "remove", "createIndex", "listIndexes"] }] });
pub.createUser({ user: "kea_images", pwd: process.env.KEA_IMAGES_MONGO_PASSWORD,
  roles: [{ role: "kea_images_writer", db: "kea_public" }] });
