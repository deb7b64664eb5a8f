"""The Qt front end. It only reads the atlas domain (``fasciamap.atlas``) and never changes it."""
