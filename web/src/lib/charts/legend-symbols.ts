// Legend marker paths, centred on 0,0 in a 14 px box.
export const SQUARE = 'M-5,-5h10v10h-10z';
export const CROSS = 'M-4,-4L4,4M4,-4L-4,4';
export const CROSSED_BOX = 'M-5,-5h10v10h-10zM-3,-3L3,3M3,-3L-3,3';
export const DASH = 'M-5,0H5';
export const RING = 'M-6,-6h12v12h-12z';
