import type { InterfaceTexts } from '../translations';

/** The map preview's interface text (src/admin/map-preview/MapPreviewPanel.tsx). */
export const mapPreview: InterfaceTexts = {
  en: {
    'map-preview.title': 'Map',
    'map-preview.incident-place': 'Place: {name}',
    'map-preview.syria-map': 'Map of Syria with this entry’s point',
    'map-preview.detail-map': 'Closer: {governorate} and its places',
    'map-preview.coordinates': 'Latitude {latitude}, longitude {longitude}',
    'map-preview.loading': 'Loading the governorate’s places…',
    'map-preview.load-error': 'The governorate’s places could not be read: the map shows the point only.',
    'map-preview.source': 'Border from Natural Earth, at 1:10 million.',
    'map-preview.legend.location': 'This place',
    'map-preview.legend.incident': 'The incident’s place',
    'map-preview.legend.governorate': 'The governorate',
    'map-preview.legend.places': 'Its other places',
    'map-preview.legend.reach': 'How far its places reach',
    'map-preview.flag.no-location': 'No place is linked to this incident yet.',
    'map-preview.flag.missing-coordinates': 'No coordinates: this place cannot be shown on a map. Enter its latitude and longitude.',
    'map-preview.flag.partial-coordinates': 'Enter both the latitude and the longitude.',
    'map-preview.flag.invalid-coordinates':
      'These coordinates are not valid: the latitude is between -90 and 90, the longitude between -180 and 180.',
    'map-preview.flag.outside-syria':
      'This point is outside Syria, {distance} km beyond the border. Check that the latitude and longitude are not swapped. (The border is as controlled on the ground: the occupied Golan lies outside it.)',
    'map-preview.flag.on-border':
      'This point is on the border line (less than {tolerance} km from it); the map is too coarse to tell which side.',
    'map-preview.flag.far-from-governorate':
      'This point is {distance} km from {governorate}, farther than its places reach (up to {limit} km). Check the coordinates and the parent.',
    'map-preview.flag.no-governorate': 'No governorate above this place: give it a parent to compare it with its governorate’s places.',
  },
  ar: {
    'map-preview.title': 'الخريطة',
    'map-preview.incident-place': 'المكان: {name}',
    'map-preview.syria-map': 'خريطة سوريا وعليها نقطة هذا المدخل',
    'map-preview.detail-map': 'عن قرب: {governorate} وأماكنها',
    'map-preview.coordinates': 'خط العرض {latitude}، خط الطول {longitude}',
    'map-preview.loading': 'جارٍ تحميل أماكن المحافظة…',
    'map-preview.load-error': 'تعذّرت قراءة أماكن المحافظة: تعرض الخريطة النقطة وحدها.',
    'map-preview.source': 'الحدود من Natural Earth، بمقياس واحد إلى عشرة ملايين.',
    'map-preview.legend.location': 'هذا المكان',
    'map-preview.legend.incident': 'مكان الحادثة',
    'map-preview.legend.governorate': 'المحافظة',
    'map-preview.legend.places': 'أماكنها الأخرى',
    'map-preview.legend.reach': 'مدى انتشار أماكنها',
    'map-preview.flag.no-location': 'لم يُربط بهذه الحادثة أي مكان بعد.',
    'map-preview.flag.missing-coordinates': 'لا إحداثيات: لا يمكن عرض هذا المكان على خريطة. أدخل خط العرض وخط الطول.',
    'map-preview.flag.partial-coordinates': 'أدخل خط العرض وخط الطول كليهما.',
    'map-preview.flag.invalid-coordinates': 'هذه الإحداثيات غير صالحة: خط العرض بين -90 و90، وخط الطول بين -180 و180.',
    'map-preview.flag.outside-syria':
      'هذه النقطة خارج سوريا، على بعد {distance} كم من الحدود. تحقّق من أن خط العرض وخط الطول غير مقلوبين. (الحدود هنا هي خطوط السيطرة على الأرض: الجولان المحتل يقع خارجها.)',
    'map-preview.flag.on-border': 'هذه النقطة على خط الحدود (على أقل من {tolerance} كم منه)، ودقة الخريطة لا تكفي لمعرفة في أي جانب هي.',
    'map-preview.flag.far-from-governorate':
      'هذه النقطة على بعد {distance} كم من {governorate}، أبعد مما تصل إليه أماكنها (حتى {limit} كم). تحقّق من الإحداثيات ومن المكان الذي يتبع له.',
    'map-preview.flag.no-governorate': 'لا يتبع هذا المكان أي محافظة: حدّد المكان الذي يتبع له لمقارنته بأماكن محافظته.',
  },
};
