// Document Service calls given as JSON ([{ uid, action, params }]), run in order on a Strapi; a
// step may use "$0", "$1"... for the documentIds of earlier steps. Shared by the instances that
// tests run in processes of their own (second-instance.js, serve-instance.js).
async function runDocumentSteps(app, steps) {
  const ids = [];
  const fill = (value) => JSON.parse(JSON.stringify(value).replace(/"\$(\d+)"/g, (_, i) => JSON.stringify(ids[Number(i)])));
  for (const step of steps) {
    const result = await app.documents(step.uid)[step.action](fill(step.params));
    ids.push(result?.documentId);
  }
  return ids;
}

module.exports = { runDocumentSteps };
