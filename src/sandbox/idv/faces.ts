import { randomUUID } from 'node:crypto';
import { isRecord } from '../../shared/json.js';
import { formParts, idvError, json, parseJson, type SandboxResponse } from '../http.js';
import type { IdvSession } from './session.js';

/**
 * The faces a business supplies for a FACE_COMPARISON check: a face-capture resource made for one
 * of the session's FACE_CAPTURE requirements, then its image uploaded (multipart, PNG or JPEG).
 */

/** POST …/resources/face-capture `{requirement_id}`: a face resource the business will upload an image to. */
export function createFaceCapture(session: IdvSession, body: Buffer): SandboxResponse {
  const payload = parseJson(body);
  const requirementId = isRecord(payload) ? payload.requirement_id : undefined;
  const requirement = session.required.find(
    (item) => item.id === requirementId && item.type === 'FACE_CAPTURE',
  );
  if (!requirement) {
    return idvError(400, 'PAYLOAD_VALIDATION', 'Payload validation error', [
      { property: 'requirement_id', message: 'must name a FACE_CAPTURE requirement of the session' },
    ]);
  }
  const resourceId = randomUUID();
  session.faces.set(resourceId, {
    requirementId: requirement.id,
    resource: { id: resourceId, source: { type: 'RELYING_BUSINESS' } },
  });
  return json(201, { id: resourceId, frames: 1 });
}

/** PUT …/resources/face-capture/{resourceId}/image (multipart): the face, stored as the resource's image. */
export function uploadFaceImage(
  session: IdvSession | undefined,
  resourceId: string,
  body: Buffer,
  contentType: string,
): SandboxResponse {
  const face = session?.faces.get(resourceId);
  if (!session || !face) return idvError(404, 'RESOURCE_NOT_FOUND', 'Face capture resource not found');
  const image = formParts(body, contentType)?.find((part) => part.name === 'binary-content');
  const type = image?.contentType ?? '';
  if (!image || image.data.length === 0 || !/^image\/(png|jpeg)$/.test(type)) {
    return idvError(400, 'PAYLOAD_VALIDATION', 'Payload validation error', [
      { property: 'binary-content', message: 'must be a PNG or JPEG image' },
    ]);
  }
  face.resource = { ...face.resource, image: { media: session.media.add('IMAGE', type, image.data) } };
  return { status: 204 };
}
