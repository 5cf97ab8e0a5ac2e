import { hashCandidates, uploadedFileName } from '../../src/lib/upload-names';

describe('the file under /uploads a request path reaches', () => {
  test.each([
    ['/uploads/photo_ab12.png', 'photo_ab12.png'],
    ['/uploads//photo_ab12.png', 'photo_ab12.png'],
    ['/uploads/./photo_ab12.png', 'photo_ab12.png'],
    ['/uploads/%2e/photo_ab12.png', 'photo_ab12.png'],
    ['/%75ploads/photo_ab12.png', 'photo_ab12.png'],
    ['/./uploads/photo_ab12.png', 'photo_ab12.png'],
    ['/uploads%2fphoto_ab12.png', 'photo_ab12.png'],
    ['/a/../uploads/photo_ab12.png', 'photo_ab12.png'],
    ['/uploads\\photo_ab12.png', 'photo_ab12.png'],
    ['/UPLOADS/Photo_AB12.PNG', 'photo_ab12.png'],
  ])('%s is %s', (path, name) => expect(uploadedFileName(path)).toBe(name));

  test.each(['/api/sources', '/robots.txt', '/uploads/', '/uploadsx/photo.png', '/uploads/%ff', '/uploads/photo.png%00'])('%s is none', (path) =>
    expect(uploadedFileName(path)).toBeUndefined()
  );
});

test('a name leads back to its own hash and, for a generated format of any name, to its file', () => {
  expect(hashCandidates('witness_photo_ab12.png')).toEqual(['witness_photo_ab12', 'photo_ab12', 'ab12']);
  expect(hashCandidates('x_large_witness_ab12.png')).toContain('witness_ab12');
  expect(hashCandidates('archive_tar_ab12.gz')).toContain('archive_tar_ab12');
});
